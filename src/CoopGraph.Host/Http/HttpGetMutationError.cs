using GraphQLParser;
using GraphQLParser.AST;

namespace CoopGraph.Host.Http;

/// <summary>A mutation sent with GET; the transport answers it with 405 and <c>Allow: POST</c>-style guidance.</summary>
internal sealed class HttpGetMutationError(ROM document, ASTNode operation)
    : OperationTypeNotAllowedError(document, operation, "Mutations cannot be sent with GET; send them with POST.");
