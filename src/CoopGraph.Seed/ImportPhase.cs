namespace CoopGraph.Seed;

public enum ImportPhase
{
    Reading,
    Validating,
    Nodes,
    Relationships,
    Done,
}
