using System.Net;
using System.Text.Json;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Ide;

public sealed class BananaCakePopEndpointsTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Browser_at_the_endpoint_is_redirected_to_the_ide_folder()
    {
        using var response = await _client.SendAsync(Browse("/graphql"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Ide_page_is_served_from_the_npm_package()
    {
        using var response = await _client.SendAsync(Browse("/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("<title>Banana Cake Pop</title>", StringComparison.Ordinal),
            "The IDE's index.html was not served; its npm package should be installed by the build (npm ci in src/CoopGraph.Host/Ide).");
    }

    [Fact]
    public async Task Ide_scripts_are_served_with_their_media_type()
    {
        using var page = await _client.SendAsync(Browse("/graphql/"));
        var script = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "src=\"(static/js/main\\.[^\"]+\\.js)\"").Groups[1].Value;

        using var response = await _client.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1000);
    }

    [Fact]
    public async Task Configuration_points_the_ide_at_the_endpoint_with_the_example_document()
    {
        using var response = await _client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var config = await response.JsonBodyAsync();
        Assert.Equal(
            ["disableTelemetry", "endpoint", "graphQLDocument", "title", "useBrowserUrlAsEndpoint"],
            config.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal("CoopGraph", config.GetProperty("title").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        var example = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Ide", "example.graphql"));
        Assert.Equal(example, config.GetProperty("graphQLDocument").GetString());
        Assert.Contains("query Provinces", example, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_worker_is_a_script_that_caches_nothing()
    {
        using var response = await _client.GetAsync("/graphql/service-worker.js");

        // The IDE registers it only from a 200 with a JavaScript media type; anything else is a console error.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var script = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("'fetch'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("caches.", script, StringComparison.Ordinal);
        Assert.Contains("SKIP_WAITING", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_page_arrives_with_the_nitro_banner_dismissed()
    {
        using var response = await _client.SendAsync(Browse("/graphql/"));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("chillicream_bcp_legacy_info_shown=true;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/graphql/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/graphql/no-such-file.js")]
    [InlineData("/graphql/..%2F..%2Fappsettings.json")]
    public async Task Unknown_files_are_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_ide_files_a_browser_learns_how_to_install_them()
    {
        var empty = Directory.CreateTempSubdirectory("coopgraph-no-ide-");
        try
        {
            await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Ide:FilesPath"] = empty.FullName });

            using var response = await app.Client.SendAsync(Browse("/graphql/"));
            using var api = await app.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("npm ci --prefix src/CoopGraph.Host/Ide", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task With_the_ide_disabled_a_browser_gets_the_api_answer()
    {
        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Ide:Enabled"] = "false" });

        using var response = await app.Client.SendAsync(Browse("/graphql"));
        using var config = await app.Client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [Fact]
    public async Task Example_document_path_is_configurable()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "{ provinces { totalCount } }");
            await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Ide:ExampleDocumentPath"] = file });

            var config = JsonDocument.Parse(await app.Client.GetStringAsync("/graphql/bcp-config.json")).RootElement;

            Assert.Equal("{ provinces { totalCount } }", config.GetProperty("graphQLDocument").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static HttpRequestMessage Browse(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return request;
    }
}
