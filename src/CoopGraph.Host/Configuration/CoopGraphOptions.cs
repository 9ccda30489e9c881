using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// Everything the server and the command-line tools read from the <c>CoopGraph</c> configuration section
/// (appsettings.json, environment variables such as <c>CoopGraph__Http__MaxRequestBodyBytes</c>, the command line).
/// The API's limits, introspection and explain live beside it in <c>CoopGraph:Api</c>, owned by the GraphQL layer.
/// Start-up refuses a key under <c>CoopGraph:</c> that binds to nothing; a section another layer binds under it is
/// named in <see cref="KnownSettings"/>, a property added here is known as it is.
/// </summary>
public sealed class CoopGraphOptions
{
    public const string SectionName = "CoopGraph";

    public const string DefaultDataPath = "./data/coopgraph.db";

    /// <summary>Which store holds the graph. Default: <see cref="StoreKind.Embedded"/>.</summary>
    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The embedded store's SQLite file; also set by <c>--data</c> or <c>COOPGRAPH_DATA</c>. Default: <see cref="DefaultDataPath"/>.</summary>
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

    /// <summary>The Neo4j store (<c>CoopGraph:Neo4j</c>); the <c>COOPGRAPH_NEO4J_*</c> environment variables override it.</summary>
    public Neo4jStoreOptions Neo4j { get; set; } = new();
}
