using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace CoopGraph.Host.Configuration;

/// <summary>Which configuration source gave a key, in words, so a message says where to fix it.</summary>
internal static class SettingSources
{
    public static string Of(IConfiguration configuration, string path)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return "the configuration";
        }

        // The last source that has the key is the one whose value is in force.
        foreach (var provider in root.Providers.Reverse())
        {
            if (provider is ChainedConfigurationProvider chained)
            {
                if (chained.TryGet(path, out _))
                {
                    return Of(chained.Configuration, path);
                }
            }
            else if (provider.TryGet(path, out _))
            {
                return Describe(provider);
            }
        }

        return "the configuration";
    }

    private static string Describe(IConfigurationProvider provider) => provider switch
    {
        FileConfigurationProvider file => file.Source.Path ?? "a settings file",
        EnvironmentVariablesConfigurationProvider => "the environment",
        // The in-memory settings of the server and the tools are those CliSettings read from the command line.
        CommandLineConfigurationProvider or MemoryConfigurationProvider => "the command line",
        _ => provider.GetType().Name,
    };
}
