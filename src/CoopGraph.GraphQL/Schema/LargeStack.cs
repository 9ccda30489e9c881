using System.Runtime.ExceptionServices;

namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// Runs work on a thread with a large stack. graphql-dotnet's schema initialisation walks types depth
/// first, one level per label in a chain of relationship fields, so a model of several hundred labels
/// overflows the default 1.5 MB stack of whichever thread first asks for the schema.
/// </summary>
internal static class LargeStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes)
        { Name = "CoopGraph schema build" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
