using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private string Neighbourhood(NeighbourhoodField field) => throw NotTranslated(field);

    private string CommonNeighbours(CommonNeighboursField field) => throw NotTranslated(field);

    private string Timeline(TimelineField field) => throw NotTranslated(field);
}
