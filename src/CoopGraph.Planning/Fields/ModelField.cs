namespace CoopGraph.Planning.Fields;

/// <summary>
/// The <c>model</c> root field: the domain model's labels and relationship types, taken from the model when the
/// operation was planned (<see cref="Value"/>), so no store is asked and every store writes the same answer.
/// </summary>
public sealed record ModelField(string ResponseName, PlannedObject Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = Model {Value.Shape()}";
}
