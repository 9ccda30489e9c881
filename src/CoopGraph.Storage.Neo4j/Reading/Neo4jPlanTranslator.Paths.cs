using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private string Reachable(ReachableField field) => throw NotTranslated(field);
}
