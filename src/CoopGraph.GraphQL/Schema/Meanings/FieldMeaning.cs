using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>
/// What a generated field or input field means to the plan builder. Stored in the field's
/// metadata when the schema is generated, so reading a request needs no name matching.
/// </summary>
internal abstract record FieldMeaning
{
    private const string MetadataKey = "coopgraph.meaning";

    public static TMeaning? Of<TMeaning>(IMetadataReader field)
        where TMeaning : FieldMeaning => field.GetMetadata<FieldMeaning>(MetadataKey) as TMeaning;

    public static FieldMeaning? Of(IMetadataReader field) => field.GetMetadata<FieldMeaning>(MetadataKey);

    public TField AttachTo<TField>(TField field)
        where TField : IMetadataWriter
    {
        field.Metadata[MetadataKey] = this;
        return field;
    }
}
