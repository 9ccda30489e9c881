namespace CoopGraph.GraphQL.Security;

/// <summary>Why an operation may not run for this principal: a contract code and a message that says what would let it.</summary>
public sealed record AccessRefusal(string Code, string Message);
