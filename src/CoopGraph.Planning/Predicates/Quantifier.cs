namespace CoopGraph.Planning.Predicates;

/// <summary>How many elements of a list (or relationships of a field) must match.</summary>
public enum Quantifier
{
    Some,
    All,
    None,
    Single,
}
