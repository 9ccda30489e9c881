namespace CoopGraph.Storage.Writes;

/// <summary>A batch was refused as a whole; nothing of it was stored.</summary>
public sealed class GraphWriteException : Exception
{
    public GraphWriteException(IReadOnlyList<WriteError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<WriteError> Errors { get; }

    private static string Describe(IReadOnlyList<WriteError> errors) =>
        errors.Count == 1
            ? errors[0].Message
            : $"{errors.Count} errors: " + string.Join("; ", errors.Take(10).Select(e => e.ToString()));
}
