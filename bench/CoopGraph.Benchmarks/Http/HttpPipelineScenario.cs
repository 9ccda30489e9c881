using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopGraph.Benchmarks.Http;

/// <summary>
/// Throughput of the full GraphQL over HTTP pipeline for <c>{ __typename }</c> against a control: a plain Kestrel
/// endpoint in the same server process that returns the same response bytes. The server runs pinned to CPU 0,
/// wrk (1 thread, 32 connections) to CPU 1, both on loopback. Needs wrk and taskset (Debian: apt-get install wrk).
/// </summary>
public sealed partial class HttpPipelineScenario : IBenchScenario
{
    private const string Body = """{"query":"{ __typename }"}""";

    // Reported beside the ratio, on the seeded graph: a lookup by id, and provinces → agreements → parties.
    private const string LookupBody = """{"query":"{ province(id: \"province:quang-nam\") { id name nativeName country { name } } }"}""";
    private const string FanOutBody = """{"query":"{ provinces(first: 25) { nodes { id name agreements(first: 25) { nodes { id title parties(first: 25) { nodes { ... on Entity { id displayName } } } } } } } }"}""";

    public string Name => "http";

    public string Description => "GraphQL { __typename } over HTTP vs a raw Kestrel endpoint with the same bytes (wrk, 1 thread, 32 connections).";

    public async Task<int> RunAsync(string[] args)
    {
        if (args is ["--serve", var port, var dataPath])
        {
            await HttpPipelineServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), dataPath);
            return 0;
        }

        var seconds = args is [var duration, ..] ? int.Parse(duration, CultureInfo.InvariantCulture) : 10;
        var folder = Directory.CreateTempSubdirectory("coopgraph-http-bench-");
        var script = Path.Combine(folder.FullName, "post.lua");
        await File.WriteAllTextAsync(script, WrkScript(Body));
        var lookupScript = Path.Combine(folder.FullName, "lookup.lua");
        await File.WriteAllTextAsync(lookupScript, WrkScript(LookupBody));
        var fanOutScript = Path.Combine(folder.FullName, "fanout.lua");
        await File.WriteAllTextAsync(fanOutScript, WrkScript(FanOutBody));
        const int Port = 5391;
        // Started through `dotnet <dll>` the process path is the muxer and needs the assembly; started as the apphost it does not.
        var host = Environment.ProcessPath!;
        string[] prefix = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(HttpPipelineScenario).Assembly.Location] : [];
        using var server = StartPinned("0", host, [.. prefix, Name, "--serve", Port.ToString(CultureInfo.InvariantCulture), Path.Combine(folder.FullName, "bench.db")]);
        try
        {
            var baseUrl = $"http://127.0.0.1:{Port}";
            await WaitUntilReadyAsync(baseUrl);
            await CheckSameBytesAsync(baseUrl);
            await WrkAsync(script, baseUrl + HttpPipelineServer.ControlPath, 3);
            await WrkAsync(script, baseUrl + "/graphql", 3);
            // Rounds alternate control and pipeline, so a change in machine load hits both alike; medians are reported.
            var controls = new List<double>();
            var pipelines = new List<double>();
            for (var round = 0; round < 5; round++)
            {
                controls.Add(await WrkAsync(script, baseUrl + HttpPipelineServer.ControlPath, seconds));
                pipelines.Add(await WrkAsync(script, baseUrl + "/graphql", seconds));
                Console.WriteLine($"round {round}: control {controls[^1],10:N0} req/s, /graphql {pipelines[^1],10:N0} req/s, ratio {pipelines[^1] / controls[^1]:0.000}");
            }

            var control = Median(controls);
            var graphql = Median(pipelines);
            var ratios = controls.Zip(pipelines, (c, g) => g / c).ToList();
            Console.WriteLine($"control (raw Kestrel, same bytes): {control,12:N0} req/s (median)");
            Console.WriteLine($"GraphQL pipeline /graphql:         {graphql,12:N0} req/s (median)");
            Console.WriteLine($"ratio GraphQL / control:           {Median(ratios),12:0.000} (median of rounds; target >= 0.8)");
            await WrkAsync(lookupScript, baseUrl + "/graphql", 2);
            Console.WriteLine($"point lookup on the seed:          {await WrkAsync(lookupScript, baseUrl + "/graphql", seconds),12:N0} req/s");
            await WrkAsync(fanOutScript, baseUrl + "/graphql", 2);
            Console.WriteLine($"fan-out on the seed:               {await WrkAsync(fanOutScript, baseUrl + "/graphql", seconds),12:N0} req/s");
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
    }

    private static string WrkScript(string body) =>
        // A Lua long string keeps the JSON body byte for byte, escaped quotes included.
        $"wrk.method = \"POST\"\nwrk.body = [[{body}]]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static Process StartPinned(string cpu, string program, string[] arguments)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", cpu, program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntilReadyAsync(string baseUrl)
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(baseUrl + "/readyz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The benchmark server did not become ready.");
    }

    private static async Task CheckSameBytesAsync(string baseUrl)
    {
        using var client = new HttpClient();
        async Task<string> PostAsync(string path)
        {
            using var content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri(baseUrl + path), content);
            return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {await response.Content.ReadAsStringAsync()}";
        }

        var graphql = await PostAsync("/graphql");
        var control = await PostAsync(HttpPipelineServer.ControlPath);
        if (graphql != control)
        {
            throw new InvalidOperationException($"The control does not answer like the pipeline:\n  {graphql}\n  {control}");
        }

        Console.WriteLine("both answer: " + graphql);
    }

    private static async Task<double> WrkAsync(string script, string url, int seconds)
    {
        using var wrk = StartPinned("1", "wrk", ["-t1", "-c32", $"-d{seconds}s", "-s", script, url]);
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var match = RequestsPerSecond().Match(output);
        if (wrk.ExitCode != 0 || !match.Success || output.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk failed against {url}:\n{output}{await wrk.StandardError.ReadToEndAsync()}");
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
