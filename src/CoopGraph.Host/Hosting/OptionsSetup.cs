using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Hosting;

internal static class OptionsSetup
{
    /// <summary>Binds <see cref="CoopGraphOptions"/> from the <c>CoopGraph</c> section and checks the values that would fail later.</summary>
    public static IHostApplicationBuilder AddCoopGraphOptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CoopGraphOptions>()
            .Bind(builder.Configuration.GetSection(CoopGraphOptions.SectionName))
            .Validate(o => o.Http.MaxRequestBodyBytes > 0, "CoopGraph:Http:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.Http.Path.StartsWith('/'), "CoopGraph:Http:Path must start with '/'.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "CoopGraph:DataPath must name a file.")
            .ValidateOnStart();
        return builder;
    }
}
