using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Output;

/// <summary>
/// A field error of a written response: the error, the response path of the failed field (names and list indexes), and
/// the field's place in the request.
/// </summary>
public sealed record FieldFailure(string Code, string Message, IReadOnlyList<object> Path, FieldSite? Site);
