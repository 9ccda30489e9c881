using System.Net;
using System.Text;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Query API responses written from the documented formats, one file per case under <c>Recorded/</c>,
/// named <c>case.STATUS.json</c>. Error bodies are plain JSON even for typed requests, as Neo4j sends them.
/// </summary>
internal static class Recorded
{
    public static HttpResponseMessage Response(string name)
    {
        var file = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Recorded"), name + ".*.json").Single();
        var status = (HttpStatusCode)int.Parse(Path.GetFileNameWithoutExtension(file).Split('.')[^1]);
        var body = File.ReadAllText(file);
        var mediaType = body.Contains("\"errors\"", StringComparison.Ordinal) && !body.Contains("\"data\"", StringComparison.Ordinal)
            ? "application/json"
            : "application/vnd.neo4j.query";
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
    }
}
