namespace CoopGraph.GraphQL.Schema.Meanings;

internal sealed record StructureMeaning(StructureKind Kind) : FieldMeaning;
