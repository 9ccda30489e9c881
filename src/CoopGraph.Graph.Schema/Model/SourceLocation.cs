namespace CoopGraph.Graph.Schema.Model;

/// <summary>Where a definition sits in the type definitions, for error messages.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
