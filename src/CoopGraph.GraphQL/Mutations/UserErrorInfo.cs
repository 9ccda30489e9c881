namespace CoopGraph.GraphQL.Mutations;

/// <summary>One refusal as a payload's <c>UserError</c>: a contract code, a message for a person, the input path.</summary>
internal sealed record UserErrorInfo(string Code, string Message, IReadOnlyList<string> Path);
