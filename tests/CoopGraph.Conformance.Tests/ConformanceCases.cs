namespace CoopGraph.Conformance.Tests;

/// <summary>
/// The operations both stores must answer alike over the seed. The expected answers live in
/// <c>Expected/NAME.json</c>; they were taken from the embedded store and reviewed.
/// </summary>
public static class ConformanceCases
{
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in All.Keys)
            {
                data.Add(name);
            }

            return data;
        }
    }

    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["filter-eq"] = """{ provinces(where: { name: { eq: "Hanoi" } }) { nodes { id name } } }""",
        ["filter-neq-and-in"] = """{ provinces(where: { name: { neq: "Hanoi" }, kind: { in: [PROVINCE, MUNICIPALITY] } }) { totalCount nodes { id } } }""",
        ["filter-nin"] = """{ provinces(where: { kind: { nin: [PROVINCE] } }) { nodes { id kind } } }""",
        ["filter-contains-family"] = """{ provinces(where: { or: [{ name: { contains: "ang" } }, { name: { startsWith: "Ha" } }, { name: { endsWith: "do" } }] }) { nodes { id name } } }""",
        ["filter-negated-text"] = """{ provinces(where: { name: { ncontains: "a", nstartsWith: "Q", nendsWith: "i" } }) { nodes { id } } }""",
        ["filter-folding"] = """{ provinces(where: { nativeName: { ieq: "HA NOI" } }) { nodes { id nativeName } } a: provinces(where: { nativeName: { icontains: "quang" } }) { nodes { id } } b: provinces(where: { name: { istartsWith: "HOKKAI", iendsWith: "DO" } }) { nodes { id } } }""",
        ["filter-dates"] = """{ agreements(where: { signedOn: { gte: "2017", lt: "2024" } }) { nodes { id signedOn } } events(where: { startDate: { ngt: "2023-06" } }) { nodes { id startDate } } }""",
        ["filter-null-equality"] = """{ events(where: { startDate: { eq: null } }) { nodes { id } } agreements(where: { signedOn: { neq: null } }) { nodes { id } } }""",
        ["filter-numbers"] = """{ investments(where: { projectCount: { gte: 1 } }) { nodes { id projectCount capitalUsd } } i2: investments(where: { capitalUsd: { nlte: 1000000 } }) { nodes { id } } }""",
        ["filter-logical"] = """{ provinces(where: { not: { or: [{ kind: { eq: PROVINCE } }, { name: { eq: "Hanoi" } }] } }) { nodes { id } } }""",
        ["filter-ids-and-labels"] = """{ provinces(where: { id: { gt: "province:h", lte: "province:q" } }) { nodes { id } } }""",
        ["filter-relationship-quantifiers"] = """{ some: provinces(where: { partners: { some: { kind: { eq: PREFECTURE } } } }) { nodes { id } } none: provinces(where: { partners: { none: { kind: { eq: PREFECTURE } } } }) { nodes { id } } all: provinces(where: { partners: { all: { kind: { eq: PREFECTURE } } } }) { nodes { id } } single: provinces(where: { partners: { single: { kind: { eq: PREFECTURE } } } }) { nodes { id } } any: provinces(where: { partners: { any: false } }) { nodes { id } } }""",
        ["filter-to-one"] = """{ provinces(where: { country: { name: { eq: "Japan" } } }) { nodes { id country { name } } } }""",
        ["sort-by-name-desc"] = """{ provinces(order: [{ name: DESC }], first: 6) { nodes { id name } } }""",
        ["sort-by-partial-date"] = """{ events(order: [{ startDate: ASC }]) { nodes { id startDate } } e2: events(order: [{ startDate: DESC }, { name: ASC }]) { nodes { id } } }""",
        ["sort-by-enum-and-to-one"] = """{ provinces(order: [{ kind: ASC }, { country: { name: DESC } }]) { nodes { id kind } } }""",
        ["sort-by-count"] = """{ provinces(order: [{ partnersCount: DESC }], first: 5) { edges { cursor node { id } } } }""",
        ["paging-first-after"] = """{ provinces(first: 3, order: [{ name: ASC }]) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""",
        ["paging-last"] = """{ provinces(last: 3) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""",
        ["nested-connection"] = """{ countries { nodes { id provinces(first: 3, order: [{ name: ASC }]) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }""",
        ["nested-connection-edge-filter"] = """{ agreements { nodes { id parties(where: { edge: { role: { eq: null } } }) { totalCount edges { cursor properties { role } sources { quote } node { ... on Entity { id } } } } signatories(where: { edge: { onBehalfOf: { neq: null } } }, last: 2) { edges { properties { onBehalfOf } node { id } } pageInfo { hasPreviousPage } } } } }""",
        ["nested-to-one-and-sources"] = """{ agreements(first: 2) { nodes { id signedAt { ... on Entity { displayName } } sources { quote inferred note source { title } } } } }""",
        ["lookups"] = """{ node(id: "province:hanoi") { id ... on Province { name nativeName } } nodes(ids: ["country:japan", "no:such-id", "province:hanoi"]) { __typename ... on Entity { id label displayName } } province(id: "country:japan") { id } }""",
        ["generic-view"] = """{ province(id: "province:hanoi") { properties relationships(first: 5) { id type properties start { id } end { id } } neighbours(first: 5) { id label displayName } } }""",
        ["generic-neighbours-filtered"] = """{ country(id: "country:japan") { neighbours(types: ["IN_COUNTRY"], labels: ["Province"], direction: IN) { id } relationships(types: ["IN_COUNTRY"], direction: IN, first: 3) { id } } }""",
        ["generic-view-excluding"] = """{ province(id: "province:quang-ninh") { relationships(excludeTypes: ["SEEKS_COOPERATION_IN"]) { id } neighbours(types: ["PARTNER_OF", "IN_COUNTRY", "PARTY_TO"], excludeTypes: ["PARTY_TO"], excludeLabels: ["Country"]) { id } none: neighbours(labels: ["Country"], excludeLabels: ["Country"]) { id } noTypes: relationships(excludeTypes: ["IN_COUNTRY"], types: ["IN_COUNTRY"]) { id } } }""",
        ["subgraph-excluding"] = """{ neighbourhood(id: "province:quang-ninh", depth: 2, excludeTypes: ["SEEKS_COOPERATION_IN", "IN_COUNTRY"], excludeLabels: ["Source"], limit: 30) { truncated nodes { id } relationships { id } } common: commonNeighbours(a: "province:quang-ninh", b: "province:hokkaido", excludeTypes: ["IN_COUNTRY"]) { id } reachable(from: "province:quang-nam", pattern: ".{1,2}", excludeLabels: ["CooperationField", "Country"], first: 10) { id } }""",
        ["subgraph-neighbourhood"] = """{ neighbourhood(id: "person:araki-sotaro", depth: 2) { __typename truncated nodes { id label displayName } relationships { id type start { id } end { id } } } }""",
        ["subgraph-neighbourhood-truncated"] = """{ neighbourhood(id: "province:quang-nam", depth: 2, limit: 7) { truncated nodes { id } relationships { id } } few: neighbourhood(id: "province:nagasaki", limit: 3) { truncated nodes { id } relationships { id } } }""",
        ["subgraph-neighbourhood-filtered"] = """{ out: neighbourhood(id: "province:quang-ninh", depth: 2, types: ["PARTNER_OF", "IN_COUNTRY"], direction: OUT) { truncated nodes { id } relationships { id } } in: neighbourhood(id: "country:japan", depth: 2, types: ["IN_COUNTRY", "PARTNER_OF"], labels: ["Province"], direction: IN, limit: 6) { truncated nodes { id } relationships { id } } }""",
        ["subgraph-common-neighbours"] = """{ commonNeighbours(a: "province:quang-nam", b: "province:nagasaki") { __typename ... on Entity { id displayName } } typed: commonNeighbours(a: "province:quang-nam", b: "province:nagasaki", types: ["PARTY_TO"]) { id } }""",
        ["paths-shortest"] = """{ shortestPath(from: "province:quang-nam", to: "province:hokkaido") { __typename length nodes { id label displayName } relationships { id type start { id } end { id } } } filtered: shortestPath(from: "province:quang-nam", to: "province:hokkaido", labels: ["Province", "Country"], types: ["PARTNER_OF", "IN_COUNTRY"]) { length nodes { id } } outward: shortestPath(from: "province:quang-nam", to: "country:japan", direction: OUT) { length relationships { id } } itself: shortestPath(from: "province:hanoi", to: "province:hanoi") { length nodes { id } relationships { id } } tooFar: shortestPath(from: "province:quang-nam", to: "province:hokkaido", maxDepth: 2) { length } }""",
        // The model beside a traversal: the plan answers the one, the store the other.
        ["paths-excluding"] = """{ model { types { name from to } } connected: allShortestPaths(from: "province:nagasaki", to: "province:hokkaido", excludeTypes: ["IN_COUNTRY", "LOCATED_IN"]) { length nodes { id } relationships { id } } throughProvinces: paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, labels: ["Province", "Country", "Agreement"], excludeLabels: ["Agreement"]) { length nodes { id } } }""",
        ["paths-all-shortest"] = """{ allShortestPaths(from: "province:quang-nam", to: "province:hokkaido", first: 4) { length nodes { id } relationships { id } } all: allShortestPaths(from: "province:nagasaki", to: "province:hokkaido") { length nodes { ... on Province { name } ... on Country { isoCode } } } filtered: allShortestPaths(from: "province:quang-nam", to: "province:hokkaido", labels: ["Province", "Country"], types: ["PARTNER_OF", "IN_COUNTRY", "IMPORTS_FROM"]) { nodes { id } } }""",
        ["paths-simple"] = """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, first: 4) { length nodes { id } relationships { id properties } } through: paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, labels: ["Country", "Investment"]) { length nodes { id } } inward: paths(from: "province:nagasaki", to: "province:quang-nam", direction: IN, maxDepth: 3) { length relationships { id } } }""",
        ["paths-pattern"] = """{ paths(from: "province:quang-nam", to: "province:nagasaki", pattern: "PARTY_TO>,<PARTY_TO", maxDepth: 2) { length nodes { id } relationships { type } } repeated: paths(from: "province:quang-ninh", to: "province:nagasaki", pattern: "(PARTNER_OF|IN_COUNTRY>|<IN_COUNTRY)+", maxDepth: 4) { length nodes { id } relationships { id } } itself: paths(from: "province:hanoi", to: "province:hanoi", pattern: "PARTNER_OF*") { length } never: paths(from: "province:hanoi", to: "province:hanoi", pattern: "PARTNER_OF+") { length } }""",
        ["search-folded"] = """{ search(text: "hà nội", first: 5) { score node { id displayName } } }""",
        ["search-ranking"] = """{ search(text: "quang", labels: ["Province", "Agreement"], first: 10) { score node { __typename id } } }""",
        ["rank-degree"] = """{ rank(first: 8) { score node { id } } provinces: rank(labels: ["Province"], types: ["PARTNER_OF", "PARTY_TO"], first: 4) { __typename score node { __typename id } } }""",
        ["rank-excluding"] = """{ rank(excludeLabels: ["CooperationField", "Source"], excludeTypes: ["SEEKS_COOPERATION_IN", "IN_COUNTRY"], first: 6) { score node { id } } }""",
        // PageRank and betweenness scores are sums whose last bits may differ between stores; these
        // cuts fall where no two scores are near, so the ids alone compare exactly.
        ["rank-pagerank"] = """{ rank(algorithm: PAGERANK, first: 5) { node { id } } provinces: rank(labels: ["Province"], types: ["PARTNER_OF", "PARTY_TO", "IN_COUNTRY"], algorithm: PAGERANK, first: 4) { node { id ... on Province { name } } } }""",
        ["rank-betweenness"] = """{ rank(algorithm: BETWEENNESS, first: 6) { score node { id } } provinces: rank(labels: ["Province"], types: ["PARTNER_OF", "PARTY_TO"], algorithm: BETWEENNESS, first: 3) { score node { id } } }""",
        ["reachable-pattern"] = """{ parties: reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<PARTY_TO") { id } near: reachable(from: "province:quang-nam", pattern: ".{1,3}", first: 15) { __typename id } repeated: reachable(from: "province:quang-ninh", pattern: "(PARTNER_OF|PARTY_TO>,<PARTY_TO)+,IN_COUNTRY>?", labels: ["Province", "Country"]) { id ... on Entity { displayName } } }""",
        ["search-substring"] = """{ search(text: "okkai", first: 5) { score node { id } } }""",
        ["timeline-window"] = """{ timeline(from: "2023", to: "2023-11", first: 30) { __typename date description entity { id } relationship { id type } } }""",
        ["timeline-of-entity"] = """{ timeline(id: "province:quang-ninh", first: 30) { date description entity { id } relationship { id } } event: timeline(id: "event:hokkaido-festival-2023", to: "2023") { date description } }""",
    };
}
