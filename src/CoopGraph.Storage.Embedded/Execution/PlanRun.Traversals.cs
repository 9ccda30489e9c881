using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>Writes a traversal root field; false when the field is not a traversal.</summary>
    private static bool TryWriteTraversalField(OutputField field)
    {
        _ = field;
        return false;
    }
}
