using CoopGraph.Host.Configuration;
using CoopGraph.Host.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Ide;

internal static class BananaCakePopEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IHostApplicationBuilder AddBananaCakePop(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue($"{CoopGraphOptions.SectionName}:Ide:Enabled", true))
        {
            builder.Services.AddSingleton<IdeFiles>();
            builder.Services.AddSingleton<IdeConfiguration>();
            builder.Services.AddSingleton<IBrowserPage, BananaCakePopPage>();
        }

        return builder;
    }

    /// <summary>The IDE's configuration and files under the GraphQL path; the page itself comes through <see cref="IBrowserPage"/>.</summary>
    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<IBrowserPage>() is null)
        {
            return endpoints;
        }

        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<CoopGraphOptions>>().Value.Http.Path.TrimEnd('/');
        endpoints.MapGet($"{path}/bcp-config.json", (HttpContext context) =>
        {
            var configuration = context.RequestServices.GetRequiredService<IdeConfiguration>();
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(configuration.Json, "application/json");
        });

        endpoints.MapGet($"{path}/service-worker.js", (HttpContext context) =>
        {
            // Browsers check a registered worker for updates on navigation; no-cache keeps that check at the server.
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(IdeServiceWorker.Script, "text/javascript; charset=utf-8");
        });
        endpoints.MapGet($"{path}/{{**file}}", ServeFileAsync);
        return endpoints;
    }

    private static async Task ServeFileAsync(HttpContext context, string file)
    {
        var files = context.RequestServices.GetRequiredService<IdeFiles>();
        if (files.Provider?.GetFileInfo(file) is not { Exists: true, IsDirectory: false } info)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var contentType) ? contentType : "application/octet-stream";
        // Asset names carry a content hash, so they can be cached for long.
        context.Response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.ContentLength = info.Length;
        await context.Response.SendFileAsync(info, context.RequestAborted);
    }
}
