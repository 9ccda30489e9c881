using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

internal sealed record RootConnectionMeaning(NodeType Label) : FieldMeaning;
