using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Hosting;

internal static class OptionsSetup
{
    /// <summary>Binds <see cref="CoopGraphOptions"/> from the <c>CoopGraph</c> section and checks the values that would fail later.</summary>
    /// <exception cref="InvalidSettingsException">A key under <c>CoopGraph:</c> names no setting, or a value does not convert.</exception>
    public static IHostApplicationBuilder AddCoopGraphOptions(this IHostApplicationBuilder builder)
    {
        // Before anything binds: a misspelt key would be ignored, a value of the wrong type would fail later with a stack trace.
        SettingsCheck.EnsureValid(builder.Configuration);
        builder.Services.AddOptions<CoopGraphOptions>()
            .Bind(builder.Configuration.GetSection(CoopGraphOptions.SectionName))
            .Validate(o => o.Http.MaxRequestBodyBytes > 0, "CoopGraph:Http:MaxRequestBodyBytes must be positive.")
            .Validate(o => o.Http.Path.StartsWith('/'), "CoopGraph:Http:Path must start with '/'.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "CoopGraph:DataPath must name a file.")
            .ValidateOnStart();
        return builder;
    }
}
