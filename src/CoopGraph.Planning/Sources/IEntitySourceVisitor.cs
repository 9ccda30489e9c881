namespace CoopGraph.Planning.Sources;

/// <summary>
/// A store's reading of each kind of entity source (where a field's entities come from). Every store implements all
/// of them, so a new kind of source fails the build of each store until it reads it.
/// </summary>
public interface IEntitySourceVisitor<TResult>
{
    TResult ScanLabel(ScanLabel scan);

    TResult LookupIds(LookupIds lookup);

    TResult ExpandRelationship(ExpandRelationship expand);

    TResult ExpandAny(ExpandAny any);

    TResult FilterEntities(FilterEntities filter);
}
