namespace CoopGraph.Seed.Tests;

public sealed class SeedValidatorTests : IDisposable
{
    private const string Source = """{"id":"source:s","label":"Source","properties":{"title":"S","file":"s.txt"},"sources":[{"source":"source:s","quote":"S"}]}""";
    private const string Japan = """{"id":"country:japan","label":"Country","properties":{"name":"Japan","isoCode":"JP"},"sources":[{"source":"source:s","quote":"Japan"}]}""";
    private const string Nagasaki = """{"id":"province:nagasaki","label":"Province","properties":{"name":"Nagasaki","kind":"PREFECTURE"},"sources":[{"source":"source:s","quote":"N"}]}""";
    private const string NagasakiInJapan = """{"type":"IN_COUNTRY","start":"province:nagasaki","end":"country:japan","sources":[{"source":"source:s","quote":"x"}]}""";

    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_consistent_folder_has_no_errors()
    {
        _temp.Write("nodes/source.jsonl", Source);
        _temp.Write("nodes/country.jsonl", Japan);
        _temp.Write("nodes/province.jsonl", Nagasaki);
        _temp.Write("relationships/IN_COUNTRY.jsonl", NagasakiInJapan);

        Assert.Empty(SeedValidator.ValidateFolder(DomainModel.Model, _temp.Path));
    }

    [Fact]
    public void Finds_duplicates_dangling_ends_and_unknown_sources_across_files()
    {
        _temp.Write("nodes/source.jsonl", Source);
        var countries = _temp.Write("nodes/country.jsonl",
            Japan,
            Japan.Replace("\"name\":\"Japan\"", "\"name\":\"Nippon\"", StringComparison.Ordinal),
            """{"id":"country:nippon","label":"Country","properties":{"name":"Nippon","isoCode":"JP"},"sources":[{"source":"source:unknown","quote":"Japan"}]}""");
        _temp.Write("nodes/province.jsonl", Nagasaki);
        var rels = _temp.Write("relationships/IN_COUNTRY.jsonl",
            NagasakiInJapan,
            NagasakiInJapan,
            """{"type":"IN_COUNTRY","start":"province:hokkaido","end":"country:japan","sources":[{"source":"country:japan","quote":"x"}]}""");

        var errors = SeedValidator.ValidateFolder(DomainModel.Model, _temp.Path);

        Assert.Contains(errors, e => e.File == countries && e is { Line: 2, Code: SeedErrorCodes.DuplicateId } && e.Message.Contains(":1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == countries && e is { Line: 3, Code: SeedErrorCodes.DuplicateUnique } && e.Message.Contains("isoCode", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == countries && e is { Line: 3, Code: SeedErrorCodes.UnknownSource });
        Assert.Contains(errors, e => e.File == rels && e is { Line: 2, Code: SeedErrorCodes.DuplicateRelationship });
        Assert.Contains(errors, e => e.File == rels && e is { Line: 3, Code: SeedErrorCodes.DanglingEnd } && e.Message.Contains("province:hokkaido", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == rels && e is { Line: 3, Code: SeedErrorCodes.UnknownSource } && e.Message.Contains("not a Source", StringComparison.Ordinal));
    }

    [Fact]
    public void To_one_relationships_hold_one_and_required_ones_must_be_there()
    {
        _temp.Write("nodes/source.jsonl", Source);
        _temp.Write("nodes/country.jsonl", Japan, """{"id":"country:vietnam","label":"Country","properties":{"name":"Vietnam","isoCode":"VN"},"sources":[{"source":"source:s","quote":"V"}]}""");
        var provinces = _temp.Write("nodes/province.jsonl", Nagasaki, Nagasaki.Replace("nagasaki", "hokkaido", StringComparison.Ordinal).Replace("Nagasaki", "Hokkaido", StringComparison.Ordinal));
        var rels = _temp.Write("relationships/IN_COUNTRY.jsonl",
            NagasakiInJapan,
            NagasakiInJapan.Replace("country:japan", "country:vietnam", StringComparison.Ordinal));

        var errors = SeedValidator.ValidateFolder(DomainModel.Model, _temp.Path);

        Assert.Contains(errors, e => e.File == rels && e is { Line: 2, Code: SeedErrorCodes.TooManyRelationships });
        Assert.Contains(errors, e => e.File == provinces && e is { Line: 2, Code: SeedErrorCodes.MissingRelationship } && e.Message.Contains("province:hokkaido", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symmetric_relationship_given_in_both_directions_is_a_duplicate()
    {
        _temp.Write("nodes/source.jsonl", Source);
        _temp.Write("nodes/country.jsonl", Japan);
        _temp.Write("nodes/province.jsonl", Nagasaki, Nagasaki.Replace("nagasaki", "tokyo", StringComparison.Ordinal).Replace("Nagasaki", "Tokyo", StringComparison.Ordinal));
        _temp.Write("relationships/IN_COUNTRY.jsonl", NagasakiInJapan, NagasakiInJapan.Replace("nagasaki", "tokyo", StringComparison.Ordinal));
        var partners = _temp.Write("relationships/PARTNER_OF.jsonl",
            """{"type":"PARTNER_OF","start":"province:nagasaki","end":"province:tokyo","sources":[{"source":"source:s","quote":"x"}]}""",
            """{"type":"PARTNER_OF","start":"province:tokyo","end":"province:nagasaki","sources":[{"source":"source:s","quote":"x"}]}""");

        var error = Assert.Single(SeedValidator.ValidateFolder(DomainModel.Model, _temp.Path));

        Assert.Equal((partners, 2, SeedErrorCodes.DuplicateRelationship), (error.File, error.Line, error.Code));
    }

    [Fact]
    public void Nodes_already_stored_satisfy_ends_and_sources()
    {
        var file = _temp.Write("more.jsonl", Nagasaki, NagasakiInJapan);
        var content = SeedReader.ReadFiles(DomainModel.Model, [file]);
        var stored = new Dictionary<string, string> { ["source:s"] = "Source", ["country:japan"] = "Country" };

        Assert.Empty(SeedValidator.Validate(DomainModel.Model, content, stored));
        Assert.Contains(SeedValidator.Validate(DomainModel.Model, content), e => e.Code == SeedErrorCodes.DanglingEnd);
    }
}
