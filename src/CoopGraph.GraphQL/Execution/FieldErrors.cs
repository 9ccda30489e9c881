using CoopGraph.Planning.Output;
using GraphQL;
using GraphQLParser;

namespace CoopGraph.GraphQL.Execution;

/// <summary>A store's field failure as the GraphQL error the response carries: message, code, path and location.</summary>
internal static class FieldErrors
{
    /// <param name="document">The request's document, whose text the failed field's offset points into.</param>
    public static ExecutionError ToExecutionError(FieldFailure failure, ROM document)
    {
        var error = new ExecutionError(failure.Message) { Code = failure.Code, Path = failure.Path };
        if (Location(failure, document) is { } location)
        {
            error.AddLocation(location);
        }

        return error;
    }

    /// <summary>The failed field's line and column, worked out from its offset only now that an error needs them.</summary>
    public static Location? Location(FieldFailure failure, ROM document) =>
        failure.Site is { } site ? GraphQLParser.Location.FromLinearPosition(document, site.Position) : null;
}
