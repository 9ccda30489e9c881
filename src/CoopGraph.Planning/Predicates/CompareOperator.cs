namespace CoopGraph.Planning.Predicates;

/// <summary>
/// The comparison operators of the filter conventions. The <c>I…</c> operators compare
/// after <see cref="CoopGraph.Graph.Schema.Values.TextFolding"/> (case and diacritics).
/// A comparison with a missing (null) value is false, except <see cref="Neq"/>/<see cref="Nin"/>
/// and the negated forms, which are its complement.
/// </summary>
public enum CompareOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Contains,
    NContains,
    StartsWith,
    NStartsWith,
    EndsWith,
    NEndsWith,
    IEq,
    IContains,
    IStartsWith,
    IEndsWith,
    Gt,
    Ngt,
    Gte,
    Ngte,
    Lt,
    Nlt,
    Lte,
    Nlte,
}
