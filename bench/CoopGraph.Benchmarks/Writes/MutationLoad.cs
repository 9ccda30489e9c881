using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Benchmarks.Writes;

/// <summary>
/// Concurrent HTTP clients, each sending one durable single-fact mutation (createPerson with its source) at a time and
/// counting it only once the server answers it stored: an acknowledged write is a committed one.
/// </summary>
internal static class MutationLoad
{
    private const string Source = "source:quang-ninh-and-hokkaido-sign-cooperation-agreement";
    private const string Quote = "Ha Long city";

    private const string CreatePerson =
        "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id version } errors { code message } } }";

    private const string ApplyChanges =
        "mutation($input: ChangeSetInput!) { applyChanges(input: $input) { results { id } errors { code message } } }";

    public static async Task<LoadResult> RunAsync(HttpClient http, string name, int clients, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(http, $"{name}-c{c}", started, duration)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(latencies.Sum(l => l.Count), elapsed, [.. latencies.SelectMany(l => l)]);
    }

    /// <summary>One applyChanges of <paramref name="people"/> creates and as many MARRIED_TO connects (a ring); returns its time.</summary>
    public static async Task<TimeSpan> ApplyChangeSetAsync(HttpClient http, string name, int people)
    {
        var changes = new List<object>(people * 2);
        for (var i = 0; i < people; i++)
        {
            changes.Add(new { @ref = $"p{i}", createPerson = PersonInput($"{name}-{i}") });
        }

        for (var i = 0; i < people; i++)
        {
            changes.Add(new { connect = new { type = "MARRIED_TO", from = $"ref:p{i}", to = $"ref:p{(i + 1) % people}", sources = Sources() } });
        }

        var body = JsonSerializer.Serialize(new { query = ApplyChanges, variables = new { input = new { changes } } });
        var started = Stopwatch.GetTimestamp();
        var payload = await PostAsync(http, body, "applyChanges");
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (payload.GetProperty("results").GetArrayLength() != people * 2)
        {
            throw new InvalidOperationException("applyChanges answered a different number of results: " + payload);
        }

        return elapsed;
    }

    private static async Task<List<double>> ClientAsync(HttpClient http, string name, long started, TimeSpan duration)
    {
        var latencies = new List<double>();
        for (var i = 0; Stopwatch.GetElapsedTime(started) < duration; i++)
        {
            var body = JsonSerializer.Serialize(new { query = CreatePerson, variables = new { input = PersonInput($"{name}-{i}") } });
            var sent = Stopwatch.GetTimestamp();
            await PostAsync(http, body, "createPerson");
            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return latencies;
    }

    private static object PersonInput(string key) =>
        new { id = "person:bench-" + key, name = "Bench " + key, description = "A person written by the write benchmark.", sources = Sources() };

    private static object[] Sources() => [new { source = Source, quote = Quote }];

    /// <summary>Posts as an editor; anything but a stored write (a refusal, an error, a non-200) ends the benchmark.</summary>
    private static async Task<JsonElement> PostAsync(HttpClient http, string body, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", WriteServerProcess.EditorKey);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (response.IsSuccessStatusCode && !root.TryGetProperty("errors", out _)
            && root.TryGetProperty("data", out var data) && data.GetProperty(field) is { } payload && payload.GetProperty("errors").GetArrayLength() == 0)
        {
            return payload.Clone();
        }

        throw new InvalidOperationException($"{field} was not stored ({(int)response.StatusCode}): {text}");
    }
}
