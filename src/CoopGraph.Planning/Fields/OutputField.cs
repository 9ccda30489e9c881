namespace CoopGraph.Planning.Fields;

/// <summary>One key of the response object being written, under its response name (alias or field name).</summary>
public abstract record OutputField(string ResponseName) : PlanNode
{
    /// <summary>
    /// The field's place in the request; none for keys the server adds (type hints). A field without one counts as
    /// non-null, so an error in it nulls its parent: never a null where the type forbids one.
    /// </summary>
    public FieldSite? Site { get; init; }
}
