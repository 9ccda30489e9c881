using CoopGraph.Storage.Embedded;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// Everything the server and the command-line tools read from the <c>CoopGraph</c> configuration section
/// (appsettings.json, environment variables such as <c>CoopGraph__Http__MaxRequestBodyBytes</c>, the command line).
/// The API's limits, introspection and explain live beside it in <c>CoopGraph:Api</c>, owned by the GraphQL layer.
/// Start-up refuses a key under <c>CoopGraph:</c> that binds to nothing; a section another layer binds under it is
/// named in <see cref="KnownSettings"/> (a store's own sections, such as <c>CoopGraph:Neo4j</c>, come from its
/// provider), a property added here is known as it is.
/// </summary>
public sealed class CoopGraphOptions
{
    public const string SectionName = "CoopGraph";

    public const string DefaultDataPath = "./data/coopgraph.db";

    public const string DefaultStore = EmbeddedGraphStore.StoreKind;

    /// <summary>
    /// Which store holds the graph: the kind of a registered store (<c>Embedded</c>, <c>Neo4j</c>), without regard to
    /// case; the start-up check refuses any other. Default: <see cref="DefaultStore"/>.
    /// </summary>
    public string Store { get; set; } = DefaultStore;

    /// <summary>The embedded store's SQLite file (which that store reads from here); also set by <c>--data</c> or <c>COOPGRAPH_DATA</c>. Default: <see cref="DefaultDataPath"/>.</summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>The folder of type definitions (<c>*.graphql</c>). Default: null, meaning the <c>schema/</c> folder found next to the executable or in the repository.</summary>
    public string? SchemaPath { get; set; }

    /// <summary>The folder of seed files. Default: null, meaning the <c>seed/</c> folder found next to the executable or in the repository.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Whether the server imports the seed when it starts on an empty store. Default: true.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    public HttpOptions Http { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    public IdeOptions Ide { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();
}
