using CoopGraph.Graph.Schema.Model;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.WholeGraph;

/// <summary>
/// A copy of the generated graph with its dated facts filled in. The generator writes only
/// required properties, and every property that dates a fact is optional, so its graph has no
/// timeline at all. The copy gives every entity and relationship that can be dated a date from its
/// slot: years 1900 to 2019, a third each of year, month and day precision, as the timeline reads
/// them (PartialDate properties, Int properties named like startYear).
/// </summary>
internal static class DatedCopy
{
    public static string Create(GraphModel model, string storePath, string folder)
    {
        var path = Store.StoreBenchData.CopyDatabase(storePath, Path.Combine(folder, "dated.db"));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            var offset = 0;
            foreach (var label in model.Labels.Where(l => l.Name != GraphModel.SourceLabel))
            {
                foreach (var property in label.Properties.Where(p => !p.IsList))
                {
                    var value = property.Kind == ValueKind.PartialDate ? DateText(offset++)
                        : property.Kind == ValueKind.Int && property.Name.EndsWith("Year", StringComparison.Ordinal) ? $"1900 + (slot + {offset++}) % 120"
                        : null;
                    if (value is not null)
                    {
                        Execute(transaction, $"UPDATE nodes SET properties = json_set(coalesce(properties, '{{}}'), '$.{property.Name}', {value}) WHERE label = (SELECT code FROM labels WHERE name = $name)", label.Name);
                    }
                }
            }

            foreach (var type in model.RelationshipTypes)
            {
                foreach (var property in (type.Properties?.Properties ?? []).Where(p => !p.IsList && p.Kind == ValueKind.PartialDate))
                {
                    Execute(transaction, $"UPDATE relationships SET properties = json_set(coalesce(properties, '{{}}'), '$.{property.Name}', {DateText(offset++)}) WHERE type = (SELECT code FROM relationship_types WHERE name = $name)", type.Name);
                }
            }

            transaction.Commit();
        }

        return path;
    }

    /// <summary>A date from the row's slot, shifted per property so that two dates of one entity differ.</summary>
    private static string DateText(int offset)
    {
        var s = $"(slot + {offset})";
        return $"""
            CASE {s} % 3
              WHEN 0 THEN printf('%04d', 1900 + {s} % 120)
              WHEN 1 THEN printf('%04d-%02d', 1900 + {s} % 120, 1 + ({s} / 120) % 12)
              ELSE printf('%04d-%02d-%02d', 1900 + {s} % 120, 1 + ({s} / 120) % 12, 1 + ({s} / 1440) % 28)
            END
            """;
    }

    private static void Execute(SqliteTransaction transaction, string sql, string name)
    {
        using var command = new SqliteCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("$name", name);
        var rows = command.ExecuteNonQuery();
        Console.WriteLine($"  dated {rows:N0} rows of {name}");
    }
}
