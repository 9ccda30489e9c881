using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopGraph.Host.Tests.Support;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Host.Tests.Writes;

/// <summary>Safe retries with Idempotency-Key over HTTP, on the real server and its data file.</summary>
public sealed class IdempotencyTests
{
    private const string CreatePerson = """
        {"query":"mutation { createPerson(input: { name: \"Retried Person\", sources: [{ source: \"source:quang-ninh-and-hokkaido-sign-cooperation-agreement\", quote: \"Ha Long city\" }] }) { person { id version } errors { code } } }"}
        """;

    [Fact]
    public async Task A_retry_gets_the_first_response_and_writes_nothing_again()
    {
        await using var server = await LiveServer.StartAsync(settings: TestCredentials.Settings());
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);

        var (firstStatus, firstBody, _) = await SendAsync(client, CreatePerson, "key-1");
        var (retryStatus, retryBody, replayed) = await SendAsync(client, CreatePerson, "key-1");

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Contains("\"errors\":[]", firstBody, StringComparison.Ordinal);
        Assert.Equal(firstStatus, retryStatus);
        Assert.Equal(firstBody, retryBody);
        Assert.True(replayed);

        // Without the key the same request is a second create, which the id refuses: the first one is there once.
        var (_, withoutKey, _) = await SendAsync(client, CreatePerson, key: null);
        Assert.Contains("UNIQUE_VIOLATION", withoutKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_request_under_a_used_key_is_refused()
    {
        await using var server = await LiveServer.StartAsync(settings: TestCredentials.Settings());
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        await SendAsync(client, CreatePerson, "key-2");

        var (status, body, _) = await SendAsync(client, CreatePerson.Replace("Retried Person", "Other Person", StringComparison.Ordinal), "key-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_first_response_survives_a_restart()
    {
        using var folder = new TemporaryFolder();
        string firstBody;
        await using (var server = await LiveServer.StartAsync(folder: folder, settings: TestCredentials.Settings()))
        {
            using var client = server.CreateClient();
            await server.WaitUntilReadyAsync(client);
            (_, firstBody, _) = await SendAsync(client, CreatePerson, "key-3");
        }

        await using var restarted = await LiveServer.StartAsync(folder: folder, settings: TestCredentials.Settings());
        using var again = restarted.CreateClient();
        await restarted.WaitUntilReadyAsync(again);
        var (_, retryBody, replayed) = await SendAsync(again, CreatePerson, "key-3");

        Assert.True(replayed);
        Assert.Equal(firstBody, retryBody);
    }

    /// <summary>
    /// The server died after the write's commit and before its response was kept: the store holds the write and its
    /// mark, not the response. The retry runs again, and the write is answered as done, not made twice.
    /// </summary>
    [Fact]
    public async Task A_retry_after_a_crash_between_commit_and_response_is_not_applied_twice()
    {
        await using var server = await LiveServer.StartAsync(settings: TestCredentials.Settings());
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        const string update = """
            {"query":"mutation { updateProvince(id: \"province:quang-nam\", input: { description: \"retried\" }) { province { description version } errors { code } } }"}
            """;
        var store = server.Services.GetRequiredService<IGraphStore>();
        var mark = new IdempotencyMark("editor-1\nkey-4", 0, SHA256.HashData(Encoding.UTF8.GetBytes(update)));
        await store.WriteAsync(new GraphBatch([new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["description"] = "retried" }, null) { Label = "Province" }])
        {
            Actor = "editor-1",
            Idempotency = mark,
        });

        var (status, body, replayed) = await SendAsync(client, update, "key-4");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(replayed);
        Assert.Equal("""{"data":{"updateProvince":{"province":{"description":"retried","version":2},"errors":[]}}}""", body);
        var (_, again, replayedAgain) = await SendAsync(client, update, "key-4");
        Assert.True(replayedAgain);
        Assert.Equal(body, again);
    }

    [Fact]
    public async Task A_key_is_scoped_to_who_sends_it()
    {
        await using var server = await LiveServer.StartAsync(settings: TestCredentials.Settings());
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);
        await SendAsync(client, CreatePerson, "key-5");

        using var request = GraphQLRequests.Post(CreatePerson).WithApiKey(TestCredentials.OtherEditorKey);
        request.Headers.Add("Idempotency-Key", "key-5");
        using var response = await client.SendAsync(request);

        // Another editor's request under the same key is their own: it runs (and finds the person taken).
        Assert.False(response.Headers.Contains("Idempotent-Replayed"));
        Assert.Contains("UNIQUE_VIOLATION", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body, bool Replayed)> SendAsync(HttpClient client, string body, string? key)
    {
        using var request = GraphQLRequests.Post(body).WithApiKey(TestCredentials.EditorKey);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
    }
}
