namespace CoopGraph.GraphQL.Schema.Meanings;

internal enum ConnectionFilterKind
{
    Node,
    Edge,
}
