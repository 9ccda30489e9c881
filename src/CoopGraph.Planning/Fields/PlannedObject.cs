namespace CoopGraph.Planning.Fields;

/// <summary>
/// An object the plan answers by itself, worked out when the operation was planned: its members in response order,
/// each a string, a boolean, a list of strings, or a list of planned objects.
/// </summary>
public sealed record PlannedObject(IReadOnlyList<(string ResponseName, object? Value)> Members)
{
    /// <summary>The members by name, a list of objects with its length and the first one's members: what a printed plan shows, not the values.</summary>
    public string Shape() => "{ " + string.Join(" ", Members.Select(m => m.Value switch
    {
        IReadOnlyList<PlannedObject> { Count: > 0 } objects => $"{m.ResponseName}[{objects.Count}] {objects[0].Shape()}",
        IReadOnlyList<PlannedObject> => $"{m.ResponseName}[0]",
        _ => m.ResponseName,
    })) + " }";
}
