using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// One place of the settings tree, derived from an options type by reflection the way the configuration binder reads
/// it, so a property added to an options class is a known setting with no other edit.
/// </summary>
internal sealed class SettingNode
{
    private readonly Lazy<IReadOnlyDictionary<string, SettingNode>> _settings;
    private readonly Lazy<SettingNode?> _item;

    /// <summary>The only values a <see cref="SettingKind.Value"/> takes, when they are known only at run time (the registered store kinds).</summary>
    private readonly IReadOnlyList<string>? _choices;

    private SettingNode(Type type, IReadOnlyDictionary<string, SettingNode>? mounted, IReadOnlyList<string>? choices = null)
    {
        _choices = choices;
        Type = Nullable.GetUnderlyingType(type) ?? type;
        IsOptional = Type != type || Type == typeof(string);
        Kind = KindOf(Type);
        // Lazily, so that a type that refers to itself does not recurse for ever.
        _settings = new Lazy<IReadOnlyDictionary<string, SettingNode>>(() => SettingsOf(Type, mounted));
        _item = new Lazy<SettingNode?>(() => ItemTypeOf(Type) is { } item ? new SettingNode(item, null) : null);
    }

    /// <summary>The property's type (without <see cref="Nullable{T}"/>).</summary>
    public Type Type { get; }

    public SettingKind Kind { get; }

    /// <summary>Named settings of a <see cref="SettingKind.Section"/>, case-insensitive as configuration keys are.</summary>
    public IReadOnlyDictionary<string, SettingNode> Settings => _settings.Value;

    /// <summary>An item of a <see cref="SettingKind.List"/> or <see cref="SettingKind.Dictionary"/>.</summary>
    public SettingNode? Item => _item.Value;

    /// <summary>Whether an empty value is allowed (the binder leaves a nullable value null, a string empty).</summary>
    private bool IsOptional { get; }

    /// <summary>The settings of <paramref name="type"/>, plus sections bound from elsewhere but living under it.</summary>
    public static SettingNode ForSection(Type type, IReadOnlyDictionary<string, SettingNode>? mounted = null) => new(type, mounted);

    /// <summary>A text value that must be one of <paramref name="choices"/>, without regard to case, as an enum's name would be.</summary>
    public static SettingNode OneOf(IReadOnlyList<string> choices) => new(typeof(string), null, choices);

    /// <summary>What <paramref name="key"/> under this place is, or null when it names nothing.</summary>
    public SettingNode? Find(string key) => Kind switch
    {
        SettingKind.Section => Settings.GetValueOrDefault(key),
        SettingKind.List => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? Item : null,
        SettingKind.Dictionary => Item,
        _ => null,
    };

    /// <summary>
    /// Whether the binder can convert <paramref name="value"/> (with the same type converter it uses). A list or a
    /// section takes no value of its own; an empty one is what appsettings.json gives an empty array.
    /// </summary>
    public bool Accepts(string value)
    {
        if (Kind != SettingKind.Value)
        {
            return value.Length == 0;
        }

        if (_choices is not null)
        {
            return _choices.Contains(value, StringComparer.OrdinalIgnoreCase);
        }

        if (value.Length == 0 && IsOptional)
        {
            return true;
        }

        try
        {
            _ = TypeDescriptor.GetConverter(Type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The values this place takes, in words, for a message about a value it refused.</summary>
    public string Describe() => Type switch
    {
        _ when _choices is not null => "one of " + string.Join(", ", _choices),
        _ when Type == typeof(bool) => "true or false",
        _ when Type == typeof(TimeSpan) => "a duration such as 00:00:30",
        _ when Type == typeof(Uri) => "an address",
        _ when Type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(Type)),
        _ when Type == typeof(int) || Type == typeof(long) || Type == typeof(short) => $"a whole number ({Type.Name})",
        _ when Type == typeof(double) || Type == typeof(decimal) || Type == typeof(float) => "a number",
        _ => $"a {Type.Name}",
    };

    private static SettingKind KindOf(Type type)
    {
        // The binder's order: a value its type converter reads from text first, then collections, then properties.
        if (TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string)))
        {
            return SettingKind.Value;
        }

        if (DictionaryValueTypeOf(type) is not null)
        {
            return SettingKind.Dictionary;
        }

        return ListItemTypeOf(type) is not null ? SettingKind.List : SettingKind.Section;
    }

    private static Type? ItemTypeOf(Type type) => DictionaryValueTypeOf(type) ?? ListItemTypeOf(type);

    private static Type? DictionaryValueTypeOf(Type type) => GenericArgumentOf(type, typeof(IDictionary<,>), 1) ?? GenericArgumentOf(type, typeof(IReadOnlyDictionary<,>), 1);

    private static Type? ListItemTypeOf(Type type) => type.IsArray ? type.GetElementType() : GenericArgumentOf(type, typeof(IEnumerable<>), 0);

    private static Type? GenericArgumentOf(Type type, Type generic, int index) =>
        type.GetInterfaces().Prepend(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic)
            ?.GetGenericArguments()[index];

    private static Dictionary<string, SettingNode> SettingsOf(Type type, IReadOnlyDictionary<string, SettingNode>? mounted)
    {
        var settings = new Dictionary<string, SettingNode>(StringComparer.OrdinalIgnoreCase);
        if (KindOf(type) != SettingKind.Section)
        {
            return settings;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var node = new SettingNode(property.PropertyType, null);
            // The binder sets a value through a public setter; a section or collection it can also fill in place.
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
                && (property.SetMethod is { IsPublic: true } || node.Kind != SettingKind.Value))
            {
                settings[property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name] = node;
            }
        }

        // A mounted place of the same name as a property replaces it where it stands, so messages list keys in the same order.
        foreach (var (name, node) in mounted ?? new Dictionary<string, SettingNode>())
        {
            settings[name] = node;
        }

        return settings;
    }
}
