using CoopGraph.Planning.Sources;

namespace CoopGraph.Planning.Fields;

/// <summary>A single entity (lookup by id, to-one relationship): the first of <see cref="Source"/>, or null.</summary>
public sealed record EntityField(string ResponseName, EntitySource Source, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = single";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("source", Source), ("project", Projection)];

    /// <summary>
    /// The error for a to-one relationship the model requires (<c>country: Country!</c>) that found nothing, or null when
    /// null is a valid answer. Only a damaged graph lacks one (the seed's checks refuse data that leaves it out), and a
    /// null in a non-null field would break the response's type, so it is a field error rather than a silent null.
    /// </summary>
    /// <param name="ownerId">The entity whose field it is, when the store knows it.</param>
    public PlanExecutionException? MissingRequired(string? ownerId) =>
        Source is ExpandRelationship { Field: { IsRequired: true, IsList: false } field }
            ? new PlanExecutionException(
                "INTERNAL",
                $"{ownerId ?? "An entity of " + field.Owner.Name} has no {field.RelationshipType.Name} relationship to a {field.TargetTypeName}, which the type "
                + $"definitions require ({field.Owner.Name}.{field.Name}): the stored graph is damaged. Import the missing relationship or restore the data.")
            : null;
}
