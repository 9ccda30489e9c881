using CoopGraph.Planning.Operands;

namespace CoopGraph.Planning.Paging;

/// <summary>One key of an order; nulls sort after every value ascending (and before, descending), as in Cypher.</summary>
public sealed record SortKey(Operand Operand, bool Descending) : PlanNode
{
    public override string Describe() => $"{Operand.Describe()} {(Descending ? "DESC" : "ASC")}";
}
