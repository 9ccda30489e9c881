namespace CoopGraph.GraphQL.Schema.Meanings;

internal enum LogicalKind
{
    And,
    Or,
    Not,
}
