namespace CoopGraph.Planning.Fields;

/// <summary>
/// Where a field stands in the request and what its type allows: the line and column of the field in the document
/// (the error's <c>locations</c>), and whether the field, or each item of its list, may be null, which decides how far a
/// field error's null travels up the response (the GraphQL spec's null propagation).
/// </summary>
public readonly record struct FieldSite(int Line, int Column, bool Nullable, bool NullableItems);
