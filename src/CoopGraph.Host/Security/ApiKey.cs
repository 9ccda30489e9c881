namespace CoopGraph.Host.Security;

/// <summary>A configured API key: its owner's name, the hash of the key, its roles, and where it was configured (for messages).</summary>
internal sealed record ApiKey(string Name, byte[] Hash, IReadOnlyList<string> Roles, string Source);
