using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class TimelineTests
{
    private const string Definitions = """
        type Source @node { id: ID! @id  title: String! @display  file: String! }
        type City @node {
          id: ID! @id
          name: String! @display
          founded: PartialDate
          chartered: PartialDate
          twins: [City!]! @relationship(type: "TWINNED", direction: OUT, properties: "Twinning")
        }
        type Twinning @relationshipProperties { since: PartialDate  until: PartialDate }
        """;

    private static readonly SourceRef[] Cited = [new("source:test", "as the test says")];

    [Fact]
    public async Task Ties_of_date_and_description_are_broken_by_entity_id_then_relationship_id()
    {
        // Written z before a, so store handles would order them the other way round.
        await using var store = await StoreAsync(
            City("city:z", "Twin", "1900"),
            City("city:a", "Twin", "1900"),
            City("city:m", "Hub", null),
            Twinning("city:m", "city:z", "2000"),
            Twinning("city:m", "city:a", "2000"));
        var facts = Facts(store, null, null);
        Assert.Equal(
            [
                "1900 Twin: founded 1900 city:a -",
                "1900 Twin: founded 1900 city:z -",
                "2000 Hub TWINNED Twin: since 2000 city:m TWINNED:city:m:city:a",
                "2000 Hub TWINNED Twin: since 2000 city:m TWINNED:city:m:city:z",
            ],
            facts);
    }

    [Fact]
    public async Task A_fact_dated_twice_on_one_day_is_one_entry_naming_both_properties()
    {
        await using var store = await StoreAsync(
            City("city:a", "A", "1900-05-01", chartered: "1900-05-01"),
            City("city:b", "B", "1900", chartered: "1901"),
            City("city:c", "C", "1900-05-01"),
            Twinning("city:a", "city:b", "2000-01-02", until: "2000-01-02"));
        Assert.Equal(
            [
                "1900 B: founded 1900 city:b -",
                "1900-05-01 A: founded and chartered 1900-05-01 city:a -",
                "1900-05-01 C: founded 1900-05-01 city:c -",
                "1901 B: chartered 1901 city:b -",
                "2000-01-02 A TWINNED B: since and until 2000-01-02 city:a TWINNED:city:a:city:b",
            ],
            Facts(store, null, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task First_counts_entries_not_the_values_merged_into_them(int cacheEntries)
    {
        await using var store = await StoreAsync(City("city:a", "A", "1900", chartered: "1900"), City("city:b", "B", "1950"), City("city:c", "C", "1960"));
        Assert.Equal(
            ["1900 A: founded and chartered 1900 city:a -", "1950 B: founded 1950 city:b -"],
            Facts(store, null, null, first: 2, cacheEntries));
    }

    [Fact]
    public async Task A_window_bound_without_a_year_sorts_after_every_dated_fact()
    {
        await using var store = await StoreAsync(City("city:a", "A", "1900"), City("city:b", "B", "--05-12"), City("city:c", "C", "2001-02-03"));
        Assert.Equal(["1900 A: founded 1900 city:a -", "2001-02-03 C: founded 2001-02-03 city:c -"], Facts(store, null, PartialDate.Parse("--05-12")));
        Assert.Empty(Facts(store, PartialDate.Parse("--05-12"), null));
    }

    [Fact]
    public async Task Windows_read_from_the_index_answer_as_a_full_scan_does()
    {
        // Every precision, years on both sides of each window's bounds, dates without a year, and many ties.
        string[] dates = ["1999", "1999-12", "1999-12-31", "2000", "2000-01", "2000-01-01", "2000-06", "2000-06-15", "2000-12-31", "2001", "2001-02-03", "--05-12", "--12-31"];
        var writes = new List<GraphWrite>();
        for (var i = 0; i < 40; i++)
        {
            // Every fourth city was chartered the day it was founded, every fifth on another day.
            var founded = i % 9 == 8 ? null : dates[i % dates.Length];
            writes.Add(City($"city:c{i:00}", $"C{i % 7}", founded, chartered: i % 4 == 0 ? founded : i % 5 == 0 ? dates[(i + 3) % dates.Length] : null));
        }

        for (var i = 0; i < 40; i += 3)
        {
            writes.Add(Twinning($"city:c{i:00}", $"city:c{(i * 7 + 1) % 40:00}", dates[(i * 5) % 11], until: i % 2 == 0 ? dates[(i * 5) % 11] : null));
        }

        await using var store = await StoreAsync([.. writes]);
        PartialDate?[] bounds = [null, .. new[] { "1999", "1999-12-31", "2000", "2000-01", "2000-06-15", "2001", "2002", "--05-12" }.Select(d => (PartialDate?)PartialDate.Parse(d))];
        foreach (var from in bounds)
        {
            foreach (var to in bounds)
            {
                foreach (var first in new[] { 0, 1, 2, 5, 17, 100 })
                {
                    Assert.Equal(Facts(store, from, to, first, cacheEntries: 0), Facts(store, from, to, first, cacheEntries: 4));
                }
            }
        }
    }

    [Fact]
    public async Task After_a_write_the_timeline_reflects_it()
    {
        await using var store = await StoreAsync(City("city:a", "A", "1900"));
        Assert.Equal(["1900 A: founded 1900 city:a -"], Facts(store, null, null));
        await store.WriteAsync(new GraphBatch([City("city:b", "B", "1800")]));
        Assert.Equal(["1800 B: founded 1800 city:b -", "1900 A: founded 1900 city:a -"], Facts(store, null, null));
    }

    private static List<string> Facts(EmbeddedGraphStore store, PartialDate? from, PartialDate? to) => Facts(store, from, to, 100, new TraversalLimits().WholeGraphCacheEntries);

    private static List<string> Facts(EmbeddedGraphStore store, PartialDate? from, PartialDate? to, int first, int cacheEntries)
    {
        using var snapshot = store.OpenSnapshot();
        var city = snapshot.Model.FindLabel("City")!;
        var twinned = snapshot.Model.FindRelationshipType("TWINNED")!;
        var field = new TimelineField(
            "timeline",
            null,
            from,
            to,
            first,
            [
                new DatedProperty(city, null, city.FindProperty("founded")!),
                new DatedProperty(city, null, city.FindProperty("chartered")!),
                new DatedProperty(null, twinned, twinned.Properties!.FindProperty("since")!),
                new DatedProperty(null, twinned, twinned.Properties!.FindProperty("until")!),
            ],
            [],
            new TraversalLimits { WholeGraphCacheEntries = cacheEntries });
        return new Timeline(snapshot, field, TraversalBudget.Unlimited).Collect(null)
            .ConvertAll(f => $"{f.Date} {f.Description} {snapshot.GetNodeId(f.Node)} {(f.Relationship < 0 ? "-" : snapshot.GetRelationshipId(f.Relationship))}");
    }

    private static async Task<EmbeddedGraphStore> StoreAsync(params GraphWrite[] writes)
    {
        var store = await EmbeddedGraphStore.OpenAsync(ModelCompiler.CompileOrThrow(Definitions), new EmbeddedStoreOptions { DataPath = ":memory:" });
        await store.WriteAsync(new GraphBatch([new NodeWrite("source:test", "Source", new Dictionary<string, object?> { ["title"] = "Test", ["file"] = "t.txt" }, Cited), .. writes]));
        return store;
    }

    private static NodeWrite City(string id, string name, string? founded, string? chartered = null) =>
        new(id, "City", new Dictionary<string, object?> { ["name"] = name, ["founded"] = Date(founded), ["chartered"] = Date(chartered) }, Cited);

    private static RelationshipWrite Twinning(string start, string end, string since, string? until = null) =>
        new("TWINNED", start, end, new Dictionary<string, object?> { ["since"] = PartialDate.Parse(since), ["until"] = Date(until) }, Cited);

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
}
