namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>Lets a cluster send reads to its readers; a write under <see cref="Read"/> is refused by Neo4j.</summary>
public enum Neo4jAccessMode
{
    Write,
    Read,
}
