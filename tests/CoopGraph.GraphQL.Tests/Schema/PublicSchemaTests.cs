using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.Utilities;

namespace CoopGraph.GraphQL.Tests.Schema;

public sealed class PublicSchemaTests
{
    [Fact]
    public void Printed_schema_matches_the_committed_public_sdl()
    {
        var model = DomainModel.Model;
        var schema = new ApiSchemaBuilder(model, new ApiLimits()).Build();
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true });
        var path = Path.Combine(RepositoryPaths.SchemaDirectory, ModelCompiler.PublicSchemaFileName);
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, sdl);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with COOPGRAPH_UPDATE_SCHEMA=1.");
        Assert.Equal(File.ReadAllText(path), sdl);
    }
}
