namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>
/// A field of the <c>model</c> root field's answer, worked out from the domain model when an operation is planned (no
/// store is asked): a list of model objects (<see cref="Items"/>: its labels, its relationship types) or one value of
/// such an object (<see cref="Value"/>). The root field has neither: its object is the model itself.
/// </summary>
internal sealed record ModelMeaning(Func<object, IEnumerable<object>>? Items = null, Func<object, object?>? Value = null) : FieldMeaning;
