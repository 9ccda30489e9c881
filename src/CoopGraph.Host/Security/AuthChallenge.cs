namespace CoopGraph.Host.Security;

/// <summary>The <c>WWW-Authenticate</c> value of this server's 401 answers: the kinds of credentials it is configured to take.</summary>
internal sealed record AuthChallenge(string Value);
