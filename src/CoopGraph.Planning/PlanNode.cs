namespace CoopGraph.Planning;

/// <summary>
/// A node of the backend-neutral plan. Every node is small, immutable and printable: the
/// printed tree is the debug log, the answer of <c>explain</c> and a snapshot in tests.
/// </summary>
public abstract record PlanNode
{
    /// <summary>One line saying what this node does, without its children.</summary>
    public abstract string Describe();

    /// <summary>The nodes below this one, each with the role it plays.</summary>
    public virtual IEnumerable<(string Role, PlanNode Node)> Children() => [];

    public sealed override string ToString() => PlanPrinter.Print(this);
}
