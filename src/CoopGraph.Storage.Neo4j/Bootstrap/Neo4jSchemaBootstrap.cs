using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Bootstrap;

/// <summary>
/// The constraints and indexes the model asks of Neo4j, all <c>IF NOT EXISTS</c> so running them again
/// changes nothing: a unique <c>id</c> per label and per relationship type, uniqueness for <c>@unique</c>,
/// range indexes for <c>@index</c> (and on the folded and sortable shadows the filters use), and one
/// full-text index over the folded <c>@searchable</c> properties of every label; and the records of safe retries:
/// one mark per field and key (the constraint decides between concurrent writes of a request on two servers), one
/// response per key (what <c>MERGE</c> relies on), indexes to find a key's mark and to drop expired records.
/// </summary>
public static class Neo4jSchemaBootstrap
{
    public static IReadOnlyList<CypherStatement> Statements(GraphModel model)
    {
        var statements = new List<string>();
        foreach (var label in model.Labels)
        {
            var node = $"(n:{CypherNames.Escape(label.Name)})";
            statements.Add(Unique($"coopgraph_{label.Name}_id", node, "n", StoredNames.Id));
            foreach (var property in label.Properties.Where(p => p.IsIndexed))
            {
                statements.Add(property.IsUnique
                    ? Unique($"coopgraph_{label.Name}_{property.Name}", node, "n", property.Name)
                    : Range($"coopgraph_{label.Name}_{property.Name}", node, "n", property.Name));
                if (Shadow(property) is { } shadow)
                {
                    statements.Add(Range($"coopgraph_{label.Name}_{shadow}", node, "n", shadow));
                }
            }
        }

        foreach (var type in model.RelationshipTypes)
        {
            statements.Add(Unique($"coopgraph_{type.Name}_id", $"()-[r:{CypherNames.Escape(type.Name)}]-()", "r", StoredNames.Id));
        }

        if (FullText(model) is { } fullText)
        {
            statements.Add(fullText);
        }

        statements.AddRange(Idempotency());

        return statements.Select(s => new CypherStatement(s)).ToArray();
    }

    /// <summary>Runs <see cref="Statements"/> one by one (schema changes cannot share a transaction with each other's data).</summary>
    public static async Task<int> ApplyAsync(Neo4jQueryClient client, GraphModel model, CancellationToken cancellationToken = default)
    {
        var statements = Statements(model);
        foreach (var statement in statements)
        {
            await client.RunAsync(statement, Neo4jAccessMode.Write, cancellationToken).ConfigureAwait(false);
        }

        return statements.Count;
    }

    /// <summary>The labels in the full-text index and the folded properties it covers; empty when nothing is @searchable.</summary>
    internal static (IReadOnlyList<string> Labels, IReadOnlyList<string> Properties) FullTextScope(GraphModel model)
    {
        var searchable = model.Labels
            .Select(l => (Label: l.Name, Properties: l.Searchable.Where(p => p.Kind == ValueKind.String).Select(p => StoredNames.Fold(p.Name)).ToArray()))
            .Where(l => l.Properties.Length > 0)
            .ToArray();
        return (searchable.Select(l => l.Label).ToArray(),
            searchable.SelectMany(l => l.Properties).Distinct(StringComparer.Ordinal).ToArray());
    }

    private static string? FullText(GraphModel model)
    {
        var (labels, properties) = FullTextScope(model);
        if (labels.Count == 0)
        {
            return null;
        }

        return $"CREATE FULLTEXT INDEX {CypherNames.Escape(StoredNames.FullTextIndex)} IF NOT EXISTS "
            + $"FOR (n:{string.Join("|", labels.Select(CypherNames.Escape))}) "
            + $"ON EACH [{string.Join(", ", properties.Select(p => "n." + CypherNames.Escape(p)))}] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}";
    }

    private static IEnumerable<string> Idempotency()
    {
        var mark = $"(n:{CypherNames.Escape(StoredNames.MarkLabel)})";
        var response = $"(n:{CypherNames.Escape(StoredNames.ResponseLabel)})";
        yield return Unique($"coopgraph_{StoredNames.MarkLabel}_{StoredNames.MarkSlot}", mark, "n", StoredNames.MarkSlot);
        yield return Range($"coopgraph_{StoredNames.MarkLabel}_key", mark, "n", "key");
        yield return Range($"coopgraph_{StoredNames.MarkLabel}_at", mark, "n", "at");
        yield return Unique($"coopgraph_{StoredNames.ResponseLabel}_key", response, "n", "key");
        yield return Range($"coopgraph_{StoredNames.ResponseLabel}_at", response, "n", "at");
    }

    private static string? Shadow(PropertyDefinition property) => property.Kind switch
    {
        ValueKind.String => StoredNames.Fold(property.Name),
        ValueKind.PartialDate => StoredNames.Sort(property.Name),
        _ => null,
    };

    private static string Unique(string name, string pattern, string variable, string property) =>
        $"CREATE CONSTRAINT {CypherNames.Escape(name + "_unique")} IF NOT EXISTS FOR {pattern} REQUIRE {variable}.{CypherNames.Escape(property)} IS UNIQUE";

    private static string Range(string name, string pattern, string variable, string property) =>
        $"CREATE INDEX {CypherNames.Escape(name)} IF NOT EXISTS FOR {pattern} ON ({variable}.{CypherNames.Escape(property)})";
}
