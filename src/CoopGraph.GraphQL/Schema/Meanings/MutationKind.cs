namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>The generated mutations (see the Writes section of the API contract).</summary>
internal enum MutationKind
{
    Create,
    Update,
    DeleteEntity,
    Connect,
    UpdateRelationship,
    Disconnect,
    ApplyChanges,
}
