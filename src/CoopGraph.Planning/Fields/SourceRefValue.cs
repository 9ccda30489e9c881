namespace CoopGraph.Planning.Fields;

public enum SourceRefValue
{
    Quote,
    Inferred,
    Note,
}
