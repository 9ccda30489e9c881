using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Tests;

public sealed class SeedReaderTests : IDisposable
{
    private const string Source = """{"id":"source:s","label":"Source","properties":{"title":"S","file":"s.txt"},"sources":[{"source":"source:s","quote":"S","inferred":false}]}""";
    private const string Japan = """{"id":"country:japan","label":"Country","properties":{"name":"Japan","isoCode":"JP"},"sources":[{"source":"source:s","quote":"Japan"}]}""";

    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_nodes_and_relationships_with_canonical_values_and_locations()
    {
        _temp.Write("nodes/source.jsonl", Source);
        var events = _temp.Write("nodes/event.jsonl",
            """{"id":"event:e","label":"Event","properties":{"name":"É","kind":"FESTIVAL","edition":19,"startDate":"--08-25"},"sources":[{"source":"source:s","quote":"E","inferred":true,"note":"how"}]}""");
        _temp.Write("relationships/PUBLISHED_BY.jsonl");

        var content = SeedReader.ReadFolder(DomainModel.Model, _temp.Path);

        Assert.Empty(content.Errors);
        var entry = Assert.Single(content.Nodes, e => ((NodeWrite)e.Write).Id == "event:e");
        Assert.Equal((events, 1), (entry.File, entry.Line));
        var node = (NodeWrite)entry.Write;
        Assert.Equal(19L, node.Properties["edition"]);
        Assert.Equal(PartialDate.Parse("--08-25"), node.Properties["startDate"]);
        Assert.True(node.Sources[0].Inferred);
        Assert.Equal("how", node.Sources[0].Note);
    }

    [Fact]
    public void Reports_every_broken_line_with_file_and_line_not_only_the_first()
    {
        var file = _temp.Write("nodes/country.jsonl",
            Japan,
            """{"id":"country:vietnam","label":"Country",""",
            """{"id":"country:korea","label":"Country","properties":{"name":"Korea"}}""",
            """{"id":"country:china","label":"Country","properties":{"name":"China","isoCode":"CN","population":"many"},"sources":[{"source":"source:s","quote":"China"}]}""",
            """{"id":"country:laos","label":"Country","properties":{"name":"Laos","isoCode":86},"sources":[{"source":"source:s","quote":"Laos"}],"colour":"red"}""",
            "",
            """{"id":"Country:Thailand","label":"Country","properties":{"name":"Thailand","isoCode":"TH"},"sources":[{"source":"source:s","quote":"x"}]}""",
            """[1,2]""");

        var errors = SeedReader.ReadFolder(DomainModel.Model, _temp.Path).Errors;

        Assert.All(errors, e => Assert.Equal(file, e.File));
        Assert.Contains(errors, e => e is { Line: 2, Code: SeedErrorCodes.BadJson });
        Assert.Contains(errors, e => e is { Line: 3, Code: SeedErrorCodes.MissingField } && e.Message.Contains("sources", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 4, Code: "UNKNOWN_PROPERTY" } && e.Message.Contains("population", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 5, Code: SeedErrorCodes.UnknownField } && e.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 7, Code: "BAD_ID" });
        Assert.Contains(errors, e => e is { Line: 8, Code: SeedErrorCodes.WrongFieldType });
        Assert.DoesNotContain(errors, e => e.Line is 1 or 6);
        Assert.Equal(errors.OrderBy(e => e.Line), errors);
    }

    [Fact]
    public void A_wrong_property_value_is_a_model_error_on_its_line()
    {
        _temp.Write("nodes/source.jsonl", Source);
        var file = _temp.Write("nodes/event.jsonl",
            """{"id":"event:a","label":"Event","properties":{"name":"A","kind":"PARTY"},"sources":[{"source":"source:s","quote":"A"}]}""",
            """{"id":"event:b","label":"Event","properties":{"name":"B","kind":"FESTIVAL","startDate":"16 November"},"sources":[{"source":"source:s","quote":"B"}]}""",
            """{"id":"event:c","label":"Event","properties":{"kind":"FESTIVAL"},"sources":[]}""");

        var errors = SeedReader.ReadFolder(DomainModel.Model, _temp.Path).Errors;

        Assert.Contains(errors, e => e.File == file && e is { Line: 1, Code: "WRONG_TYPE" } && e.Message.Contains("PARTY", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == file && e is { Line: 2, Code: "WRONG_TYPE" } && e.Message.Contains("startDate", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == file && e is { Line: 3, Code: "MISSING_PROPERTY" });
        Assert.Contains(errors, e => e.File == file && e is { Line: 3, Code: "MISSING_SOURCE" });
    }

    [Fact]
    public void Facts_in_the_wrong_file_are_reported()
    {
        _temp.Write("nodes/source.jsonl", Source);
        var province = _temp.Write("nodes/province.jsonl", Japan);
        var unknown = _temp.Write("nodes/planet.jsonl", Japan.Replace("country:japan", "country:jp", StringComparison.Ordinal));
        var relationships = _temp.Write("relationships/IN_COUNTRY.jsonl",
            """{"type":"PART_OF","start":"country:japan","end":"country:japan","sources":[{"source":"source:s","quote":"x"}]}""");

        var errors = SeedReader.ReadFolder(DomainModel.Model, _temp.Path).Errors;

        Assert.Contains(errors, e => e is { Line: 1, Code: SeedErrorCodes.WrongFile } && e.File == province);
        Assert.Contains(errors, e => e is { Line: 0, Code: SeedErrorCodes.WrongFile } && e.File == unknown);
        Assert.Contains(errors, e => e is { Line: 1, Code: SeedErrorCodes.WrongFile } && e.File == relationships);
    }

    [Fact]
    public void Given_files_may_mix_nodes_and_relationships()
    {
        var file = _temp.Write("extra.jsonl",
            Source,
            Japan,
            """{"type":"PUBLISHED_BY","start":"source:s","end":"organisation:o","sources":[{"source":"source:s","quote":"x"}]}""");

        var content = SeedReader.ReadFiles(DomainModel.Model, [file, Path.Combine(_temp.Path, "missing.jsonl")]);

        Assert.Equal(2, content.Nodes.Count);
        var rel = Assert.Single(content.Relationships);
        Assert.Equal(3, rel.Line);
        var error = Assert.Single(content.Errors);
        Assert.Equal(SeedErrorCodes.NotFound, error.Code);
    }

    [Fact]
    public void A_missing_or_empty_folder_is_an_error_not_an_empty_seed()
    {
        Assert.Equal(SeedErrorCodes.NotFound, Assert.Single(SeedReader.ReadFolder(DomainModel.Model, Path.Combine(_temp.Path, "nowhere")).Errors).Code);
        Assert.Equal(SeedErrorCodes.NotFound, Assert.Single(SeedReader.ReadFolder(DomainModel.Model, _temp.Path).Errors).Code);
    }
}
