namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>The fields of mutation payloads and of a change set's results.</summary>
internal enum PayloadPart
{
    /// <summary>The entity written (typed payloads: the label's type; change results: Entity).</summary>
    Entity,
    Relationship,
    Errors,
    DeletedId,
    Results,
    Index,
    Ref,
    Id,
}
