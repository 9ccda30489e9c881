using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Security;

/// <summary>What the keys file holds: <c>{ "ApiKeys": [ { "Name": …, "Hash": "sha256:…", "Roles": [ … ] } ] }</c>, as in <c>CoopGraph:Auth:ApiKeys</c>.</summary>
internal sealed class ApiKeyFileContent
{
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];
}
