namespace CoopGraph.Planning.Sources;

/// <summary>Hands an entity source to the visitor member of its kind; the one place that tells the kinds apart.</summary>
public static class EntitySourceDispatch
{
    public static TResult Visit<TVisitor, TResult>(ref TVisitor visitor, EntitySource source)
        where TVisitor : struct, IEntitySourceVisitor<TResult> => source switch
        {
            ScanLabel scan => visitor.ScanLabel(scan),
            LookupIds lookup => visitor.LookupIds(lookup),
            ExpandRelationship expand => visitor.ExpandRelationship(expand),
            ExpandAny any => visitor.ExpandAny(any),
            FilterEntities filter => visitor.FilterEntities(filter),
            _ => throw new PlanExecutionException("INTERNAL", $"The source {source.GetType().Name} has no member in IEntitySourceVisitor."),
        };
}
