using CoopGraph.Host.Http;

namespace CoopGraph.Host.Ide;

/// <summary>
/// A browser navigating to <c>/graphql</c> is redirected to <c>/graphql/</c>, so that the IDE's relative asset paths
/// resolve under the endpoint; there it gets the IDE, or a page saying how to install the IDE's files.
/// </summary>
internal sealed class BananaCakePopPage(IdeFiles files) : IBrowserPage
{
    /// <summary>
    /// The cookie the IDE's "Banana Cake Pop is now Nitro" banner sets when it is closed, and reads to stay hidden.
    /// Its configuration has no switch for the banner, and a user of this server cannot act on it (the server ships
    /// Banana Cake Pop 18, the package's last release), so the page arrives with the banner already dismissed.
    /// </summary>
    public const string BannerDismissedCookie = "chillicream_bcp_legacy_info_shown";

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
            // Not HttpOnly: the IDE reads it from document.cookie.
            context.Response.Cookies.Append(
                BannerDismissedCookie,
                "true",
                new CookieOptions { Path = $"{request.PathBase}{request.Path}", SameSite = SameSiteMode.Lax, HttpOnly = false, IsEssential = true });
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(IdeMissingPage.Html, context.RequestAborted);
    }
}
