namespace CoopGraph.GraphQL.Mutations;

/// <summary>
/// Where a store operation came from in the input, so that the store's refusal (which names the operation and, at
/// times, the part of it at fault) points at the argument a client wrote.
/// </summary>
/// <param name="Base">The input path of the change (<c>["input"]</c>, or <c>["input", "changes", "3", "connect"]</c>).</param>
/// <param name="Parts">Store part names (a property, <c>sources</c>, <c>id</c>, <c>start</c>…) to the input path below <paramref name="Base"/>.</param>
internal sealed record OperationOrigin(IReadOnlyList<string> Base, IReadOnlyDictionary<string, string[]> Parts, string[] Fallback)
{
    public IReadOnlyList<string> PathOf(string? part)
    {
        var tail = part is not null && Parts.TryGetValue(part, out var mapped) ? mapped : part is null ? Fallback : [.. Fallback, part];
        return [.. Base, .. tail];
    }
}
