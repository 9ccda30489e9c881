namespace CoopGraph.Host.Security;

/// <summary>Credentials were sent but not accepted; the message is written for the client (unlike a token library's own).</summary>
internal sealed class CredentialsRefusedException(string message) : Exception(message);
