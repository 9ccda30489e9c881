namespace CoopGraph.Storage.Neo4j;

public sealed partial class Neo4jStoreOptions
{
    /// <summary>What is wrong with these options, in words an operator can act on; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Uri is null)
        {
            problems.Add($"No Neo4j URL: set {SectionName}:Uri or {UriVariable} (e.g. http://localhost:7474).");
        }
        else if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            problems.Add($"The Neo4j URL '{Uri}' must be http:// or https:// (the Query API speaks HTTP; bolt:// is not used).");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            problems.Add("The Neo4j database name is empty.");
        }

        if (BearerToken is null && (User is null) != (Password is null))
        {
            problems.Add("Give both a Neo4j user and a password, or neither (auth disabled), or a bearer token.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("The request timeout must be positive.");
        }

        if (RetryCount < 0 || RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            problems.Add("Retries need a count of 0 or more and 0 ≤ base delay ≤ maximum delay.");
        }

        if (MaxRows < 1 || BatchSize < 1)
        {
            problems.Add("The row limit and the batch size must be at least 1.");
        }

        return problems;
    }

    /// <exception cref="InvalidOperationException">The options cannot work; the message lists why.</exception>
    public Neo4jStoreOptions EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0
            ? this
            : throw new InvalidOperationException("Neo4j store configuration: " + string.Join(" ", problems));
    }
}
