using CoopGraph.Seed;
using Spectre.Console;

namespace CoopGraph.Host.Cli;

/// <summary>Progress bars for the long-running tools.</summary>
internal static class ConsoleProgress
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, string title, Func<ProgressTask, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            // Only a terminal gets live refreshes: the refresh thread could otherwise still write after the
            // command returned, to an output that redirected callers (scripts, tests) have closed by then.
            .AutoRefresh(console.Profile.Capabilities.Interactive)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: 1);
                var result = await work(task);
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });

    public static IProgress<ImportProgress> ForImport(ProgressTask task) => new InlineProgress<ImportProgress>(p =>
    {
        task.Description = p.Current is null ? p.Phase.ToString() : $"{p.Phase}: {p.Current}";
        task.MaxValue = Math.Max(1, p.Total);
        task.Value = p.Phase == ImportPhase.Done ? task.MaxValue : p.Done;
    });

    public static IProgress<ExportProgress> ForExport(ProgressTask task) => new InlineProgress<ExportProgress>(p =>
    {
        task.IsIndeterminate = true;
        task.Description = $"{p.Current} ({p.Nodes} nodes, {p.Relationships} relationships)";
    });
}
