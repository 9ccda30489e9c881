using System.Text.Json;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Ide;

/// <summary>The IDE's <c>bcp-config.json</c>: where to send operations, the title, no telemetry, and the example text a new document starts with.</summary>
internal sealed class IdeConfiguration(IOptions<CoopGraphOptions> options, IHostEnvironment environment)
{
    public const string ExampleDocumentFile = "example.graphql";

    private readonly Lazy<byte[]> _json = new(() => Build(options.Value, environment));

    public byte[] Json => _json.Value;

    private static byte[] Build(CoopGraphOptions options, IHostEnvironment environment)
    {
        var config = new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["endpoint"] = options.Http.Path,
            ["title"] = options.Ide.Title,
            ["disableTelemetry"] = true,
            ["graphQLDocument"] = ReadExampleDocument(options, environment),
        };
        return JsonSerializer.SerializeToUtf8Bytes(config);
    }

    private static string ReadExampleDocument(CoopGraphOptions options, IHostEnvironment environment)
    {
        var path = options.Ide.ExampleDocumentPath is { } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : ProjectPaths.FindFolder("Ide", environment.ContentRootPath) is { } folder ? Path.Combine(folder, ExampleDocumentFile) : null;
        return path is not null && File.Exists(path) ? File.ReadAllText(path) : "{ __typename }";
    }
}
