using System.Text;
using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Planning;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.GraphQL.Tests.Schema;

public sealed class LargeModelTests
{
    /// <summary>
    /// A chain of 500 labels used to overflow the stack of the thread that first asked for the schema
    /// (graphql-dotnet initialises types depth first). The API builds it wherever it is asked.
    /// </summary>
    [Fact]
    public void A_model_of_500_chained_labels_builds_its_api()
    {
        var model = ModelCompiler.CompileOrThrow(Chain(500));
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(model)
            .AddSingleton<IPlanExecutor>(new UnusedExecutor())
            .AddCoopGraphGraphQL(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        var schema = services.GetRequiredService<ISchema>();

        Assert.True(schema.Initialized);
        Assert.NotNull(schema.AllTypes["L499"]);
        Assert.NotNull(schema.Query.GetField("l0s"));
    }

    private static string Chain(int labels)
    {
        var sdl = new StringBuilder("type Source @node { id: ID! @id title: String! @display file: String! }\n");
        for (var i = 0; i < labels; i++)
        {
            sdl.AppendLine($$"""
                type L{{i}} @node {
                  id: ID! @id
                  name: String! @display
                  next: [L{{(i + 1) % labels}}!]! @relationship(type: "NEXT_{{i}}", direction: OUT)
                }
                """);
        }

        return sdl.ToString();
    }

    private sealed class UnusedExecutor : IPlanExecutor
    {
        public ValueTask ExecuteAsync(OperationPlan plan, CoopGraph.Planning.Output.ResponseOutput output, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("This test builds the schema only.");
    }
}
