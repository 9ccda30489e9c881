namespace CoopGraph.Host.Configuration;

/// <summary>What a configuration key may hold at one place of the settings tree, as the configuration binder sees it.</summary>
internal enum SettingKind
{
    /// <summary>One value converted from text (a number, a flag, a duration, a name).</summary>
    Value,

    /// <summary>Numbered items (<c>AllowedOrigins:0</c>, <c>AllowedOrigins:1</c>).</summary>
    List,

    /// <summary>Items under names the configuration chooses.</summary>
    Dictionary,

    /// <summary>Named settings, one per property of an options class.</summary>
    Section,
}
