using System.Net;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>Neo4j refused or failed a statement; <see cref="Code"/> is its status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
public sealed class Neo4jException : Exception
{
    public const string TransientPrefix = "Neo.TransientError.";

    public Neo4jException(string code, string message, HttpStatusCode status)
        : base($"{code}: {message}")
    {
        Code = code;
        Neo4jMessage = message;
        Status = status;
    }

    public string Code { get; }

    /// <summary>Neo4j's own words; for people, since Neo4j deprecates reading it in code.</summary>
    public string Neo4jMessage { get; }

    public HttpStatusCode Status { get; }

    /// <summary>Transient errors (deadlock, leader switch, bookmark timeout…) succeed when the work is tried again.</summary>
    public bool IsTransient => Code.StartsWith(TransientPrefix, StringComparison.Ordinal);
}
