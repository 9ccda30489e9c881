namespace CoopGraph.Conformance.Tests;

/// <summary>
/// Writes both stores must answer alike: each case is a sequence of operations run in order on a freshly seeded
/// store, its answers compared with <c>Expected/NAME.json</c> (an array, one answer per operation). Times are not
/// selected: they differ from run to run; versions and who wrote are.
/// </summary>
public static class MutationConformanceCases
{
    private const string Source = "source:quang-ninh-and-hokkaido-sign-cooperation-agreement";
    private const string Sources = $$"""[{ source: "{{Source}}", quote: "Ha Long city" }]""";

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

    public static IReadOnlyDictionary<string, string[]> All { get; } = new SortedDictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["mutation-create-entity"] =
        [
            $$"""mutation { createProvince(input: { name: "Đà Nẵng", kind: MUNICIPALITY, country: "country:vietnam", sources: {{Sources}} }) { province { id name kind version createdBy country { id } sources { quote inferred verified source { id } } } errors { code message path } } }""",
            $$"""mutation { createSource(input: { title: "A curator's note", text: "Da Nang and Hokkaido met in 2024." }) { source { id title version sources { inferred note } } errors { code } } }""",
            """{ province(id: "province:da-nang") { displayName country { name } } country(id: "country:vietnam") { provinces(where: { id: { eq: "province:da-nang" } }) { totalCount } } }""",
        ],
        ["mutation-update-entity"] =
        [
            """mutation { updateProvince(id: "province:quang-nam", expectedVersion: 1, input: { description: "A coastal province.", nativeName: null }) { province { name nativeName description version updatedBy } errors { code } } }""",
            """mutation { updateProvince(id: "province:quang-nam", expectedVersion: 1, input: { description: "stale" }) { province { id } errors { code path } } }""",
            """mutation { updateProvince(id: "province:atlantis", input: { description: "x" }) { errors { code path } } wrong: updateCountry(id: "province:hanoi", input: { nativeName: "x" }) { errors { code path } } required: updateProvince(id: "province:hanoi", input: { name: null }) { errors { code path } } }""",
            """{ province(id: "province:quang-nam") { description nativeName version } }""",
        ],
        ["mutation-delete-entity"] =
        [
            """mutation { deleteEntity(id: "province:quang-nam") { deletedId errors { code } } }""",
            """mutation { deleteEntity(id: "province:quang-nam", detach: true, expectedVersion: 3) { deletedId errors { code path } } }""",
            """mutation { deleteEntity(id: "province:quang-nam", detach: true, expectedVersion: 1) { deletedId errors { code } } }""",
            """mutation { deleteEntity(id: "province:quang-nam") { deletedId errors { code path } } }""",
            """{ province(id: "province:quang-nam") { id } nagasaki: province(id: "province:nagasaki") { partners { totalCount } } }""",
        ],
        ["mutation-relationships"] =
        [
            $$"""mutation { connect(input: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", properties: { since: "2024", status: "talks" }, sources: {{Sources}} }) { relationship { id type version start { id } end { id } properties sources { verified } } errors { code } } }""",
            """mutation { updateRelationship(id: "PARTNER_OF:province:hanoi:province:hokkaido", expectedVersion: 1, properties: { status: null, since: "2025" }) { relationship { version properties } errors { code } } }""",
            """mutation { disconnect(id: "PARTNER_OF:province:hanoi:province:hokkaido", expectedVersion: 1) { deletedId errors { code path } } }""",
            """mutation { disconnect(id: "PARTNER_OF:province:hanoi:province:hokkaido", expectedVersion: 2) { deletedId errors { code } } }""",
            $$"""mutation { notAllowed: connect(input: { type: "PARTNER_OF", from: "country:japan", to: "province:hokkaido", sources: {{Sources}} }) { errors { code path } } dangling: connect(input: { type: "PARTNER_OF", from: "province:hanoi", to: "province:atlantis", sources: {{Sources}} }) { errors { code } } twice: connect(input: { type: "PARTNER_OF", from: "province:quang-nam", to: "province:nagasaki", sources: {{Sources}} }) { errors { code } } }""",
            """{ province(id: "province:hanoi") { partners { totalCount } } }""",
        ],
        ["mutation-change-set"] =
        [
            """
            mutation {
              applyChanges(input: { changes: [
                { ref: "article", createSource: { id: "source:hue-kumamoto-note", title: "Hue and Kumamoto note", text: "Thua Thien Hue and Kumamoto signed a memorandum on heritage cooperation. Professor Tanaka Ichiro of Kumamoto University spoke at the Hue Festival." } },
                { ref: "kumamoto", createProvince: { name: "Kumamoto", kind: PREFECTURE, country: "country:japan", sources: [{ source: "ref:article", quote: "Thua Thien Hue and Kumamoto signed a memorandum" }] } },
                { ref: "tanaka", createPerson: { name: "Tanaka Ichiro", sources: [{ source: "ref:article", quote: "Professor Tanaka Ichiro of Kumamoto University" }] } },
                { connect: { type: "PARTNER_OF", from: "province:hanoi", to: "ref:kumamoto", sources: [{ source: "ref:article", quote: "signed a memorandum on heritage cooperation" }] } },
                { updateProvince: { id: "province:hanoi", expectedVersion: 1, input: { description: "The capital." } } }
              ] }) { results { index ref id entity { __typename id displayName version } relationship { id version } } errors { code message path } }
            }
            """,
            $$"""
            mutation {
              applyChanges(input: { changes: [
                { ref: "p", createPerson: { name: "Half Person", sources: {{Sources}} } },
                { updateProvince: { id: "province:quang-nam", expectedVersion: 9, input: { description: "x" } } },
                { connect: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", sources: [{ source: "{{Source}}", quote: "not in the article" }] } }
              ] }) { results { id } errors { code path } }
            }
            """,
            """{ people(where: { name: { eq: "Half Person" } }) { totalCount } province(id: "province:kumamoto") { partners { nodes { id } } } }""",
        ],
    };
}
