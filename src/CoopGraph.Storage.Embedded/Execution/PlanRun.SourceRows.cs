using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>Each kind of entity source as the rows it yields, lazily, relative to the parent entity for expansions.</summary>
    private readonly struct SourceRows(PlanRun run, int parent) : IEntitySourceVisitor<IEnumerable<Row>>
    {
        public IEnumerable<Row> ScanLabel(ScanLabel scan)
        {
            foreach (var node in run.Snapshot.ScanLabel(scan.Label))
            {
                run.Tick();
                yield return Row.Of(node);
            }
        }

        public IEnumerable<Row> LookupIds(LookupIds lookup)
        {
            foreach (var id in lookup.Ids)
            {
                if (run.Lookup(id, lookup.Labels) is { } node)
                {
                    yield return Row.Of(node);
                }
            }
        }

        public IEnumerable<Row> ExpandRelationship(ExpandRelationship expand) => run.Expand(parent, expand.Field);

        public IEnumerable<Row> ExpandAny(ExpandAny any) => run.ExpandAll(parent, any.Types, any.Direction, any.Labels);

        public IEnumerable<Row> FilterEntities(FilterEntities filter)
        {
            foreach (var row in run.Rows(filter.Input, parent))
            {
                if (run.Matches(filter.Predicate, row))
                {
                    yield return row;
                }
            }
        }
    }
}
