namespace CoopGraph.Host.Hosting;

/// <summary>Creates the web application builder with the configuration sources in order of precedence.</summary>
internal static class ServerBuilder
{
    /// <summary>
    /// appsettings.json is read from beside the executable, whatever the working directory; relative paths in the
    /// settings (the data file) stay relative to the working directory. Command-line settings win over everything.
    /// </summary>
    public static WebApplicationBuilder Create(string[] args, string? urls, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        return builder;
    }
}
