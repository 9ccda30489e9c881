namespace CoopGraph.Planning.Fields;

/// <summary>
/// A field the request asks for that cannot be answered (a malformed cursor, a page size past the limit, a store that
/// cannot run it): the plan records its errors in its place, and writing the response reports them at this field's path
/// and nulls it, while the rest of the response is answered.
/// </summary>
public sealed record FailedField(string ResponseName, IReadOnlyList<PlanExecutionException> Errors) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = failed ({string.Join(", ", Errors.Select(e => e.Code))})";
}
