using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private string Paths(PathsField field) => throw NotTranslated(field);
}
