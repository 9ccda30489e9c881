namespace CoopGraph.Host.Ide;

/// <summary>Shown instead of the IDE when its files are not installed; the API itself works without them.</summary>
internal static class IdeMissingPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>CoopGraph: the IDE is not installed</title></head>
        <body style="font-family: sans-serif; max-width: 42rem; margin: 3rem auto; line-height: 1.5">
        <h1>CoopGraph GraphQL endpoint</h1>
        <p>The GraphQL API answers here (POST or GET with <code>application/json</code>), but the files of the
        Banana Cake Pop IDE are not installed.</p>
        <p>Install them with npm (Node.js 18 or later), then reload this page:</p>
        <pre>npm ci --prefix src/CoopGraph.Host/Ide</pre>
        <p>A build of <code>src/CoopGraph.Host</code> runs the same command when npm is on the PATH.
        Or set <code>CoopGraph:Ide:FilesPath</code> to a folder holding the IDE's <code>index.html</code>.</p>
        <p>The schema is at <a href="?sdl">?sdl</a>.</p>
        </body>
        </html>
        """;
}
