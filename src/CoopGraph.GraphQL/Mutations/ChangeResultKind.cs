namespace CoopGraph.GraphQL.Mutations;

/// <summary>What a change leaves to show in its payload.</summary>
internal enum ChangeResultKind
{
    Entity,
    Relationship,
    DeletedEntity,
    DeletedRelationship,
}
