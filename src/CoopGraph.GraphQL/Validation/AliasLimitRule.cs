using CoopGraph.GraphQL.Schema;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CoopGraph.GraphQL.Validation;

/// <summary>Refuses documents with more aliased fields than <see cref="ApiLimits.MaxAliases"/>: aliases multiply work without adding depth or page size.</summary>
internal sealed class AliasLimitRule(IOptions<ApiLimits> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        var max = limits.Value.MaxAliases;
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                ctx.ReportError(new CodedValidationError(ctx.Document.Source, "LIMIT_EXCEEDED", $"The operation uses more than {max} aliases (limit MaxAliases).", field));
            }
        }));
    }
}
