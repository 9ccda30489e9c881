namespace CoopGraph.Host.Http;

/// <summary>What a browser gets when it navigates to the GraphQL endpoint (the IDE, or how to install it).</summary>
internal interface IBrowserPage
{
    Task ServeAsync(HttpContext context);
}
