using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// An entity a traversal names by id (a path's ends, a neighbourhood's centre): its label follows from
/// the id's prefix, so matching it is a seek in that label's uniqueness index; the id is a parameter.
/// </summary>
internal sealed record NamedEntity(string Id, NodeType Label, string Parameter)
{
    /// <summary>A node pattern binding <paramref name="variable"/> to the entity.</summary>
    public string Pattern(string variable) =>
        $"({variable}:{CypherNames.Escape(Label.Name)} {{{CypherNames.Escape(StoredNames.Id)}: {Parameter}}})";
}
