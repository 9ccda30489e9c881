using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CoopGraph.Host.Http;

/// <summary>The operation's type cannot run over this transport.</summary>
internal sealed class OperationTypeNotAllowedError : ValidationError
{
    public OperationTypeNotAllowedError(ROM document, ASTNode operation, string message)
        : base(document, ErrorCodes.ValidationFailed, message, operation)
    {
        Code = ErrorCodes.ValidationFailed;
    }
}
