using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CoopGraph.Host.Tests.Support;

/// <summary>A tiny schema with a query, a mutation and a subscription: all a transport test needs.</summary>
internal static class TestSchema
{
    private const string Sdl = """
        type Query {
          hello(name: String): String!
          add(a: Int!, b: Int!): Int!
          failing: String
        }
        type Mutation { rename(name: String!): String! }
        type Subscription { ticks: Int }
        """;

    public static ISchema Create() => Schema.For(Sdl, builder =>
    {
        var query = builder.Types.For("Query");
        query.FieldFor("hello").Resolver = new FuncFieldResolver<object?>(c => "Hello, " + (c.GetArgument<string?>("name") ?? "world"));
        query.FieldFor("add").Resolver = new FuncFieldResolver<object?>(c => c.GetArgument<int>("a") + c.GetArgument<int>("b"));
        query.FieldFor("failing").Resolver = new FuncFieldResolver<object?>(_ => throw new InvalidOperationException("secret detail of the failure"));
        builder.Types.For("Mutation").FieldFor("rename").Resolver = new FuncFieldResolver<object?>(c => "renamed to " + c.GetArgument<string>("name"));
        var ticks = builder.Types.For("Subscription").FieldFor("ticks");
        ticks.Resolver = new FuncFieldResolver<object?>(c => c.Source);
        ticks.StreamResolver = new SourceStreamResolver<object?>(_ => new NoEvents());
    });

    private sealed class NoEvents : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnCompleted();
            return new Unsubscriber();
        }

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
