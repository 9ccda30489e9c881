using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Predicates;

/// <summary><c>partners: { any: true }</c>: the entity has (or, with false, has no) relationship of the field.</summary>
public sealed record RelationshipExistsPredicate(RelationshipField Field, bool Exists) : Predicate
{
    public override string Describe() => $"{Field.Name} any {(Exists ? "true" : "false")}";
}
