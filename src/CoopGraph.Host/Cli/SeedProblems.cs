using CoopGraph.Seed;

namespace CoopGraph.Host.Cli;

internal static class SeedProblems
{
    /// <summary>One problem a line, <c>file:line: CODE: message</c>, so editors and CI logs can jump to it.</summary>
    public static void Write(TextWriter error, IReadOnlyList<SeedError> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }

        error.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in the seed files.");
    }
}
