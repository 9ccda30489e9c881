using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Validation;

/// <summary>A validation error with a chosen code (graphql-dotnet derives one from the type otherwise).</summary>
internal sealed class CodedValidationError : ValidationError
{
    public CodedValidationError(ROM source, string code, string message, ASTNode node)
        : base(source, null, message, node)
    {
        Code = code;
    }
}
