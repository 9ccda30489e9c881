namespace CoopGraph.Storage.Embedded;

/// <summary>Where and how durably the embedded store keeps its SQLite record.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The SQLite file; <c>:memory:</c> keeps nothing on disk (tests).</summary>
    public string DataPath { get; set; } = "./data/coopgraph.db";

    /// <summary>
    /// <c>synchronous=FULL</c>: a commit survives power loss. With false (<c>NORMAL</c>) a
    /// commit survives a process crash but the last commits may be lost on power loss.
    /// </summary>
    public bool SynchronousFull { get; set; } = true;

    /// <summary>
    /// Open for reading only (the export tool): no lock is taken, so it may run beside the server that holds the
    /// file, and it reads the last committed state. The file must exist; writes are refused.
    /// </summary>
    public bool ReadOnly { get; set; }
}
