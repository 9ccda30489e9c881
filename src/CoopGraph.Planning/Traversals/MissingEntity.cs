namespace CoopGraph.Planning.Traversals;

/// <summary>The one refusal for a traversal from or to an id no entity has, worded alike on every store.</summary>
public static class MissingEntity
{
    /// <summary>
    /// <c>NOT_FOUND</c>; an id without its <c>label:</c> prefix (<c>quang-nam</c>) is the likeliest slip, so the message
    /// says the form. Lookups (<c>province(id:)</c>, <c>node(id:)</c>) answer such an id with null, as GraphQL lookups do,
    /// and their descriptions say the form instead.
    /// </summary>
    public static PlanExecutionException Error(string id) => new(
        "NOT_FOUND",
        id.IndexOf(':') > 0
            ? $"No entity has the id '{id}'."
            : $"No entity has the id '{id}': ids read label:key, for instance 'province:quang-nam'.");
}
