using CoopGraph.Seed;
using Spectre.Console;

namespace CoopGraph.Host.Cli;

/// <summary>What an import did, as a table, or every problem that stopped it.</summary>
internal static class ImportReport
{
    public static int Write(IAnsiConsole console, TextWriter output, TextWriter error, SeedImportResult result)
    {
        if (!result.Succeeded)
        {
            SeedProblems.Write(error, result.Errors);
            error.WriteLine("Nothing was written: an import is stored whole or not at all.");
            return ExitCodes.InvalidInput;
        }

        var table = new Table().AddColumns("", "created", "updated", "unchanged");
        foreach (var counts in result.Nodes.Concat(result.Relationships))
        {
            table.AddRow(Markup.Escape(counts.Name), counts.Created.ToString(), counts.Updated.ToString(), counts.Unchanged.ToString());
        }

        console.Write(table);
        output.WriteLine(
            $"Imported {result.Nodes.Sum(c => c.Total)} nodes and {result.Relationships.Sum(c => c.Total)} relationships"
            + (result.ChangedNothing ? "; the store already held all of it." : "."));
        return ExitCodes.Success;
    }
}
