using CoopGraph.Planning.Output;
using GraphQL;
using GraphQLParser;

namespace CoopGraph.GraphQL.Execution;

/// <summary>A store's field failure as the GraphQL error the response carries: message, code, path and location.</summary>
internal static class FieldErrors
{
    public static ExecutionError ToExecutionError(FieldFailure failure)
    {
        var error = new ExecutionError(failure.Message) { Code = failure.Code, Path = failure.Path };
        if (failure.Site is { } site)
        {
            error.AddLocation(new Location(site.Line, site.Column));
        }

        return error;
    }
}
