using CoopGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Http;

/// <summary>The schema's SDL for <c>GET /graphql?sdl</c>, printed once; refused (404) when introspection is off, since it tells the same.</summary>
internal sealed class SchemaSdl(ISchema schema, IOptions<ApiLimits> limits)
{
    private readonly Lazy<string> _text = new(() => schema.Print());

    public Task WriteAsync(HttpContext context)
    {
        if (!limits.Value.Introspection)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = MediaTypes.PlainTextUtf8;
        return context.Response.WriteAsync(_text.Value, context.RequestAborted);
    }
}
