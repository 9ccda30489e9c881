using CoopGraph.Storage.Neo4j.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>The stored sources JSON keeps the verified mark, and only when it is set.</summary>
public sealed class SourcesJsonTests
{
    [Fact]
    public void Verified_round_trips_and_is_written_only_when_true()
    {
        SourceRef[] sources = [new("source:a", "signed", false, null) { Verified = true }, new("source:b", "said", false, null)];

        var json = SourcesJson.Write(sources);
        var read = SourcesJson.Read(json);

        Assert.Equal(
            """[{"source":"source:a","quote":"signed","inferred":false,"note":null,"verified":true},{"source":"source:b","quote":"said","inferred":false,"note":null}]""",
            json);
        Assert.Equal(sources, read);
        Assert.Equal([true, false], read.Select(s => s.Verified));
    }

    [Fact]
    public void Sources_stored_before_quotes_were_checked_read_as_not_verified()
    {
        var read = SourcesJson.Read("""[{"source":"source:a","quote":"signed","inferred":false,"note":null}]""");

        Assert.False(Assert.Single(read).Verified);
    }
}
