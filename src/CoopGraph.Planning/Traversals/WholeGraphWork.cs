using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// The fields whose cost grows with the whole graph rather than with what they return: a
/// ranking reads every entity and relationship of its types, and a timeline about no one entity
/// reads every dated fact. Everything else starts from given entities and is bounded by the
/// traversal limits, so only these need the bound on concurrent heavy requests. Traversals are
/// root fields only, so the root is all there is to look at (no walk on the hot path).
/// </summary>
public static class WholeGraphWork
{
    public static bool IsWholeGraph(OutputField field) => field is RankField or TimelineField { Id: null };

    public static bool Any(OperationPlan plan)
    {
        foreach (var field in plan.Fields)
        {
            if (IsWholeGraph(field))
            {
                return true;
            }
        }

        return false;
    }
}
