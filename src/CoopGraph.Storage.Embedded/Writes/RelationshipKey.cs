namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>What identifies a relationship: its type and its two end slots.</summary>
internal readonly record struct RelationshipKey(int Type, int Start, int End);
