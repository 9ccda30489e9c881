using CoopGraph.Host.Http;

namespace CoopGraph.Host.Ide;

/// <summary>
/// A browser navigating to <c>/graphql</c> is redirected to <c>/graphql/</c>, so that the IDE's relative asset paths
/// resolve under the endpoint; there it gets the IDE, or a page saying how to install the IDE's files.
/// </summary>
internal sealed class BananaCakePopPage(IdeFiles files) : IBrowserPage
{
    public async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
            return;
        }

        context.Response.Headers.CacheControl = "no-cache";
        if (files.Provider?.GetFileInfo("index.html") is { Exists: true } index)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(IdeMissingPage.Html, context.RequestAborted);
    }
}
