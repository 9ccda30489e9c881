namespace CoopGraph.Host.Ide;

/// <summary>
/// What the server answers for the IDE's <c>service-worker.js</c>. The IDE registers a service worker on every load;
/// a 404 there shows in the browser's console as an error. Its own worker (in the npm package) precaches the IDE and
/// serves <c>bcp-config.json</c> from its cache, which would keep an old IDE and an old configuration in the browser
/// across server upgrades. This one caches nothing and has no fetch handler, so every request still goes to the
/// server; it only answers the IDE's "Update" button, which asks a waiting worker to take over.
/// </summary>
internal static class IdeServiceWorker
{
    public const string Script = """
        // CoopGraph: a service worker that caches nothing, in place of the IDE's caching one.
        self.addEventListener('message', (event) => {
          if (event.data && event.data.type === 'SKIP_WAITING') {
            self.skipWaiting();
          }
        });

        """;
}
