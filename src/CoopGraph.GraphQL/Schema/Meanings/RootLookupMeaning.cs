using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

internal sealed record RootLookupMeaning(NodeType Label) : FieldMeaning;
