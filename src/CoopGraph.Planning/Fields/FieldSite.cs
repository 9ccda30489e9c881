namespace CoopGraph.Planning.Fields;

/// <summary>
/// Where a field stands in the request and what its type allows: the field's offset in the document (turned into the
/// error's line and column only when an error needs them), and whether the field, or each item of its list, may be
/// null, which decides how far a field error's null travels up the response (the GraphQL spec's null propagation).
/// </summary>
public readonly record struct FieldSite(int Position, bool Nullable, bool NullableItems);
