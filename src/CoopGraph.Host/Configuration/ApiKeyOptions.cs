namespace CoopGraph.Host.Configuration;

/// <summary>One API key (<c>CoopGraph:Auth:ApiKeys:N</c>, or an entry of the keys file): never the key itself, only its hash.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who the key belongs to; mutations record it as <c>createdBy</c>/<c>updatedBy</c>. Unique across all keys.</summary>
    public string? Name { get; set; }

    /// <summary><c>sha256:</c> and the 64 hex digits of the SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    public string? Hash { get; set; }

    /// <summary><c>reader</c> and/or <c>editor</c>. Default: none (the key names its caller but grants nothing beyond anonymous access).</summary>
    public List<string> Roles { get; set; } = [];
}
