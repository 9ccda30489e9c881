using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using System.Text.Encodings.Web;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// Executes one query and serializes the whole response (data and errors) to a reused buffer,
/// the same way for every path measured, so each timing includes JSON.
/// </summary>
internal sealed class GraphQLRunner(IDocumentExecuter executer, ISchema? schema, IGraphQLSerializer serializer, IServiceProvider? services) : IDisposable
{
    private readonly MemoryStream _output = new(1 << 20);

    /// <summary>The serializer the API registers: System.Text.Json with relaxed escaping.</summary>
    public static GraphQLSerializer DefaultSerializer() => new(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>A per-field schema run by a plain <see cref="DocumentExecuter"/>.</summary>
    public static GraphQLRunner ForSchema(ISchema schema) => new(new DocumentExecuter(), schema, DefaultSerializer(), null);

    public async Task<ExecutionResult> ExecuteAsync(string query) =>
        await executer.ExecuteAsync(new ExecutionOptions { Query = query, Schema = schema, RequestServices = services });

    public async Task SerializeAsync(ExecutionResult result)
    {
        _output.SetLength(0);
        await serializer.WriteAsync(_output, result);
    }

    /// <summary>Executes and serializes; returns the response size in bytes.</summary>
    public async Task<long> RunAsync(string query)
    {
        await SerializeAsync(await ExecuteAsync(query));
        return _output.Length;
    }

    public byte[] LastResponse() => _output.ToArray();

    public void Dispose() => _output.Dispose();
}
