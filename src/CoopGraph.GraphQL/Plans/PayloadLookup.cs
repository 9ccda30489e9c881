using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

/// <summary>A payload's entity or relationship field, with the ids written, to read back after the write (see <see cref="PlanBuilder.BuildPayloadReads"/>).</summary>
internal sealed record PayloadLookup(string ResponseName, GraphQLField Field, FieldType FieldType, bool IsRelationship, IReadOnlyList<string> Ids);
