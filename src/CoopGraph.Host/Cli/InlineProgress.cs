namespace CoopGraph.Host.Cli;

/// <summary>Reports on the caller's thread, in order; <see cref="Progress{T}"/> would post reports out of order to the thread pool.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
