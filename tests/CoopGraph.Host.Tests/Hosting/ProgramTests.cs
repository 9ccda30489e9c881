using System.Net;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Hosting;

public sealed class ProgramTests
{
    [Fact]
    public async Task Server_seeds_an_empty_store_and_then_answers_from_it()
    {
        await using var server = await LiveServer.StartAsync();
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);

        using var response = await client.SendAsync(GraphQLRequests.PostQuery("{ provinces { totalCount } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = File.ReadLines(Path.Combine(StoreSeeding.FindSeedFolder(new())!, "nodes", "province.jsonl")).Count(l => l.Trim().Length > 0);
        Assert.Equal(expected, (await response.JsonBodyAsync()).GetProperty("data").GetProperty("provinces").GetProperty("totalCount").GetInt32());
        Assert.True(File.Exists(server.DataPath));
    }

    [Fact]
    public async Task A_repeated_plain_query_gets_the_same_response_from_its_prepared_plan()
    {
        await using var server = await LiveServer.StartAsync();
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        const string query = "{ provinces(order: [{ name: ASC }]) { totalCount nodes { id nativeName } } }";

        using var first = await client.SendAsync(GraphQLRequests.PostQuery(query));
        using var second = await client.SendAsync(GraphQLRequests.PostQuery(query));

        Assert.NotNull(server.Services.GetRequiredService<CoopGraph.GraphQL.Execution.PreparedOperations>().Find(query, null));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Restart_reads_the_data_file_and_does_not_seed_again()
    {
        using var folder = new TemporaryFolder();
        await using (var first = await LiveServer.StartAsync(folder: folder))
        {
            using var client = first.CreateClient();
            await first.WaitUntilReadyAsync(client);
        }

        var written = File.GetLastWriteTimeUtc(Path.Combine(folder.Path, "data", "coopgraph.db"));
        await using var second = await LiveServer.StartAsync(folder: folder, settings: new Dictionary<string, string?> { ["CoopGraph:SeedPath"] = folder.Combine("no-seed-here") });
        using var secondClient = second.CreateClient();
        await second.WaitUntilReadyAsync(secondClient);

        using var response = await secondClient.SendAsync(GraphQLRequests.PostQuery("{ provinces { totalCount } }"));

        Assert.True((await response.JsonBodyAsync()).GetProperty("data").GetProperty("provinces").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder.Path, "data", "coopgraph.db")));
    }

    [Fact]
    public async Task Browser_gets_the_ide_and_api_clients_get_the_sdl()
    {
        await using var server = await LiveServer.StartAsync();
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        using var browse = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        browse.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var page = await client.SendAsync(browse);
        var sdl = await client.GetStringAsync("/graphql?sdl");
        using var alive = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Banana Cake Pop", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("provinces(", sdl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Every_operation_of_the_ide_example_document_runs_on_the_seed_without_errors()
    {
        await using var server = await LiveServer.StartAsync();
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        var document = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Ide", "example.graphql"));
        var operations = System.Text.RegularExpressions.Regex.Matches(document, @"^query (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(operations);
        foreach (var operation in operations)
        {
            using var response = await client.SendAsync(GraphQLRequests.Post(System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName = operation })));
            var body = await response.JsonBodyAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{operation}: {body}");
        }
    }
}
