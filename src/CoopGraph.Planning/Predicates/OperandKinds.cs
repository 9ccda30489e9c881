namespace CoopGraph.Planning.Predicates;

/// <summary>The kinds of value an operator applies to; the schema offers it on their filter inputs.</summary>
[Flags]
public enum OperandKinds
{
    None = 0,

    /// <summary>Strings.</summary>
    Text = 1,

    /// <summary>Numbers, partial dates and ids.</summary>
    Ordered = 2,

    /// <summary>Booleans: equality only.</summary>
    Boolean = 4,

    Enum = 8,

    All = Text | Ordered | Boolean | Enum,
}
