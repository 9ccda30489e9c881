using System.Text;
using CoopGraph.Host;
using CoopGraph.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopGraph.Benchmarks.Http;

/// <summary>The real server, plus the control endpoint: same response bytes and headers, no GraphQL work.</summary>
internal static class HttpPipelineServer
{
    public const string ControlPath = "/control";

    private static readonly byte[] TypenameResponse = Encoding.UTF8.GetBytes("""{"data":{"__typename":"Query"}}""");

    public static async Task RunAsync(int port, string dataPath)
    {
        var builder = ServerBuilder.Create([], $"http://127.0.0.1:{port}", new Dictionary<string, string?>
        {
            ["CoopGraph:DataPath"] = dataPath,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var app = CoopGraphServer.Build(builder);
        app.MapPost(ControlPath, (HttpContext context) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.Body.WriteAsync(TypenameResponse).AsTask();
        });
        await app.RunAsync();
    }
}
