using System.Text.Json;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// POST /graphql as an editor: every request carries the editor key the server was started with, so the tests keep
/// working once writes need it. A refused write or a GraphQL error throws <see cref="InvalidOperationException"/>;
/// a server that went away throws what HttpClient throws (see <see cref="IsTransportFailure"/>).
/// </summary>
internal sealed class EditorEndpoint(HttpClient client)
{
    public const string EditorKey = "durability-test-editor";

    /// <summary>
    /// The environment a server needs to take this endpoint's writes: the key, and no write rate limit, since these
    /// tests stream more writes from one key than the default budget allows (the limit has its own tests).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ServerEnvironment { get; } = new Dictionary<string, string>
    {
        ["COOPGRAPH_EDITOR_KEYS"] = EditorKey,
        ["CoopGraph__Auth__RateLimit__PermitsPerWindow"] = "0",
    };

    /// <summary>Whether an exception says only that the request got no whole answer: the server was killed.</summary>
    public static bool IsTransportFailure(Exception e) => e is HttpRequestException or IOException;

    /// <summary>Runs an operation and returns its <c>data</c>; throws on any error in the response.</summary>
    public async Task<JsonElement> DataAsync(string query, object variables)
    {
        using var request = GraphQLRequests.PostQuery(query, variables: variables);
        request.Headers.Add("X-Api-Key", EditorKey);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} from /graphql: {text}");
        }

        using var document = JsonDocument.Parse(text);
        if (document.RootElement.TryGetProperty("errors", out _) || !document.RootElement.TryGetProperty("data", out var data))
        {
            throw new InvalidOperationException("GraphQL errors: " + text);
        }

        return data.Clone();
    }

    /// <summary>Runs a mutation and returns its payload; throws when the payload lists a refusal.</summary>
    public async Task<JsonElement> MutateAsync(string field, string query, object variables)
    {
        var payload = (await DataAsync(query, variables)).GetProperty(field);
        if (payload.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"{field} refused: {payload}");
        }

        return payload;
    }
}
