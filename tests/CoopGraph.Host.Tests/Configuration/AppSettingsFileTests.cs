using System.Globalization;
using System.Reflection;
using CoopGraph.GraphQL.Schema;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using CoopGraph.Planning.Traversals;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Tests.Configuration;

/// <summary>The shipped appsettings.json documents what is in force: every key is a real setting, at its default, and takes effect.</summary>
public sealed class AppSettingsFileTests
{
    private static readonly IConfigurationRoot File = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "CoopGraph.Host", "appsettings.json"))
        .Build();

    /// <summary>The settings the file gives a value to (an empty list included), e.g. <c>CoopGraph:Api:MaxCost</c>.</summary>
    private static readonly string[] Keys = [.. File.GetSection(CoopGraphOptions.SectionName).AsEnumerable().Where(s => s.Value is not null).Select(s => s.Key).Order(StringComparer.Ordinal)];

    public static TheoryData<string> FileSettings { get; } = [.. Keys];

    [Fact]
    public void Every_key_of_the_file_is_a_known_setting()
    {
        Assert.Empty(SettingsCheck.Problems(File));
    }

    [Fact]
    public void The_file_names_the_limits_in_force()
    {
        Assert.Contains("CoopGraph:Api:MaxCost", Keys);
        Assert.Contains("CoopGraph:Traversal:MaxDepth", Keys);
        Assert.DoesNotContain(Keys, s => s.StartsWith("CoopGraph:Limits", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(FileSettings))]
    public async Task Each_value_of_the_file_is_the_code_default(string key)
    {
        await using var app = Build([]);

        Assert.Equal(Read(Defaults(key), key), Read(BoundOptions(app.Services, key), key));
        Assert.Equal(Text(Read(Defaults(key), key)), File[key]);
    }

    [Theory]
    [MemberData(nameof(FileSettings))]
    public async Task Each_setting_of_the_file_takes_effect_when_changed(string key)
    {
        // The store is a registered kind, not any text.
        var changed = key == "CoopGraph:Store"
            ? BuiltInStores.Registry.Kinds.First(k => k != CoopGraphOptions.DefaultStore)
            : Changed(Read(Defaults(key), key)!);
        var settingKey = changed is string[] ? key + ":0" : key;
        await using var app = Build(new Dictionary<string, string?> { [settingKey] = Text(changed) });

        Assert.Equal(changed, Read(BoundOptions(app.Services, key), key));
    }

    private static WebApplication Build(Dictionary<string, string?> settings) =>
        CoopGraphServer.Build(ServerBuilder.Create([], null, settings));

    /// <summary>The options object a key binds into: the API's limits, the traversals' limits, or the server's own options.</summary>
    private static object BoundOptions(IServiceProvider services, string key) => Section(key) switch
    {
        "Api" => services.GetRequiredService<IOptions<ApiLimits>>().Value,
        "Traversal" => services.GetRequiredService<IOptions<TraversalLimits>>().Value,
        _ => services.GetRequiredService<IOptions<CoopGraphOptions>>().Value,
    };

    private static object Defaults(string key) => Section(key) switch
    {
        "Api" => new ApiLimits(),
        "Traversal" => new TraversalLimits(),
        _ => new CoopGraphOptions(),
    };

    private static string Section(string key) => key.Split(':')[1];

    /// <summary>Follows the key's names through the options' properties, as the binder does.</summary>
    private static object? Read(object options, string key)
    {
        var names = key.Split(':').Skip(Section(key) is "Api" or "Traversal" ? 2 : 1);
        return names.Aggregate<string, object?>(options, (value, name) =>
            value!.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!.GetValue(value));
    }

    private static object Changed(object value) => value switch
    {
        bool b => !b,
        int i => i + 1,
        long l => l + 1,
        double d => d / 2,
        TimeSpan t => t + TimeSpan.FromSeconds(1),
        string s => s + "-changed",
        string[] => new[] { "https://changed.example" },
        Enum e => Enum.GetValues(e.GetType()).Cast<object>().First(v => !v.Equals(e)),
        _ => throw new InvalidOperationException($"No changed value for a {value.GetType().Name}; add one here."),
    };

    private static string? Text(object? value) => value switch
    {
        bool b => b ? "True" : "False",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        string[] items => items.Length == 0 ? "" : items[0],
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };
}
