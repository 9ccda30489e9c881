using System.Xml.Linq;
using CoopGraph.Host.Cli;
using CoopGraph.Host.Configuration;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the two-service deployment is checked as far as it can be without one:
/// the compose file wires the server to Neo4j with names the server actually reads, the Neo4j service
/// serves the Query API the server talks to, and the Dockerfile starts the assembly the Host project builds.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private readonly ComposeFile _compose = ComposeFile.Load(Path.Combine(Root, "docker-compose.yml"));

    [Fact]
    public void Two_services_the_server_waiting_for_a_healthy_Neo4j_5()
    {
        Assert.Equal(["neo4j", "coopgraph"], _compose.ServiceNames);
        var neo4j = _compose.Service("neo4j");
        Assert.StartsWith("neo4j:5", ComposeFile.Scalar(neo4j, "image"), StringComparison.Ordinal);
        Assert.NotEmpty(ComposeFile.Sequence(ComposeFile.Mapping(neo4j, "healthcheck"), "test"));

        var server = _compose.Service("coopgraph");
        Assert.Equal(".", ComposeFile.Scalar(server, "build"));
        Assert.Equal("service_healthy", ComposeFile.Scalar(ComposeFile.Mapping(ComposeFile.Mapping(server, "depends_on"), "neo4j"), "condition"));
    }

    [Fact]
    public void Every_named_volume_is_declared()
    {
        foreach (var service in _compose.ServiceNames)
        {
            foreach (var mount in ComposeFile.Sequence(_compose.Service(service), "volumes"))
            {
                Assert.Contains(mount.Split(':')[0], _compose.DeclaredVolumes);
            }
        }
    }

    [Fact]
    public void The_server_runs_on_Neo4j_with_the_settings_it_reads()
    {
        var environment = _compose.Environment("coopgraph");
        string[] read = [
            "ASPNETCORE_URLS", CliSettings.DataEnvironmentVariable,
            Neo4jStoreOptions.UriVariable, Neo4jStoreOptions.UserVariable, Neo4jStoreOptions.PasswordVariable, Neo4jStoreOptions.DatabaseVariable];
        foreach (var name in environment.Keys)
        {
            Assert.True(read.Contains(name) || name.StartsWith(CoopGraphOptions.SectionName + "__", StringComparison.Ordinal), $"The server reads no setting named {name}.");
        }

        // Environment variables reach configuration with '__' as the section separator.
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Where(e => e.Key.Contains("__", StringComparison.Ordinal)).ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value))
            .Build()
            .GetSection(CoopGraphOptions.SectionName)
            .Get<CoopGraphOptions>();
        Assert.Equal(Neo4jGraphStore.StoreKind, options?.Store);

        var uri = new Uri(environment[Neo4jStoreOptions.UriVariable]);
        Assert.Contains(uri.Host, _compose.ServiceNames);
        var neo4j = _compose.Environment(uri.Host);
        Assert.Contains("QUERY_API_ENDPOINTS", neo4j["NEO4J_server_http__enabled__modules"], StringComparison.Ordinal);
        Assert.Equal(7474, uri.Port);
        Assert.Equal($"{environment[Neo4jStoreOptions.UserVariable]}/{environment[Neo4jStoreOptions.PasswordVariable]}", neo4j["NEO4J_AUTH"]);
    }

    [Fact]
    public void The_image_starts_the_assembly_the_host_project_builds_on_the_port_the_service_publishes()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));
        var project = XDocument.Load(Path.Combine(Root, "src", "CoopGraph.Host", "CoopGraph.Host.csproj"));
        var assembly = project.Descendants("AssemblyName").Single().Value;
        Assert.Contains(dockerfile, line => line.StartsWith("RUN dotnet publish src/CoopGraph.Host ", StringComparison.Ordinal));
        Assert.Contains(dockerfile, line => line == $"ENTRYPOINT [\"dotnet\", \"{assembly}.dll\"]");

        var listening = new Uri(_compose.Environment("coopgraph")["ASPNETCORE_URLS"].Replace("+", "localhost", StringComparison.Ordinal)).Port;
        Assert.Contains($"{listening}:{listening}", ComposeFile.Sequence(_compose.Service("coopgraph"), "ports"));
        Assert.Contains(dockerfile, line => line == $"EXPOSE {listening}");
    }
}
