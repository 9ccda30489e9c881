namespace CoopGraph.Storage.Neo4j.Cypher;

/// <summary>
/// One Cypher statement and its parameters. Every value travels in <see cref="Parameters"/>;
/// the text holds only model names (escaped) and literals the code itself chose.
/// Parameter values: null, string, bool, int/long, double, byte[], lists and string-keyed maps of those.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public CypherStatement(string text)
        : this(text, NoParameters)
    {
    }

    public override string ToString() => Text;
}
