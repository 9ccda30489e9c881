namespace CoopGraph.Storage.Neo4j;

public sealed partial class Neo4jStoreOptions
{
    public const string UriVariable = "COOPGRAPH_NEO4J_URI";
    public const string UserVariable = "COOPGRAPH_NEO4J_USER";
    public const string PasswordVariable = "COOPGRAPH_NEO4J_PASSWORD";
    public const string DatabaseVariable = "COOPGRAPH_NEO4J_DATABASE";

    /// <summary>Options from the <c>COOPGRAPH_NEO4J_*</c> environment variables alone, or null when <c>COOPGRAPH_NEO4J_URI</c> is not set.</summary>
    public static Neo4jStoreOptions? FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    internal static Neo4jStoreOptions? FromEnvironment(Func<string, string?> read)
    {
        if (string.IsNullOrWhiteSpace(read(UriVariable)))
        {
            return null;
        }

        var options = new Neo4jStoreOptions();
        options.ApplyEnvironment(read);
        return options;
    }

    /// <summary>Overrides what the <c>COOPGRAPH_NEO4J_*</c> environment variables set; unset or blank ones change nothing.</summary>
    public void ApplyEnvironmentVariables() => ApplyEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Overrides what the environment variables set; a variable that is unset or blank changes nothing.</summary>
    internal void ApplyEnvironment(Func<string, string?> read)
    {
        if (Present(read(UriVariable)) is { } uri)
        {
            Uri = System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{UriVariable}='{uri}' is not an absolute URL such as http://localhost:7474.");
        }

        User = Present(read(UserVariable)) ?? User;
        Password = Present(read(PasswordVariable)) ?? Password;
        Database = Present(read(DatabaseVariable)) ?? Database;
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
