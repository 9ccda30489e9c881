namespace CoopGraph.Planning.Fields;

public enum SourceRefValue
{
    Quote,
    Inferred,
    Note,

    /// <summary>The quote was found in the cited Source's text when the fact was written.</summary>
    Verified,
}
