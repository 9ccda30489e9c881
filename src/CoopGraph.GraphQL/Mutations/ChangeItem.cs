namespace CoopGraph.GraphQL.Mutations;

/// <summary>One change of a request (a mutation, or one item of a change set) and what it leaves to show.</summary>
internal sealed record ChangeItem(int Index, string? Ref, ChangeResultKind Kind, string Id);
