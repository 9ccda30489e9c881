using CoopGraph.Planning;
using CoopGraph.Planning.Operands;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>Each kind of operand as a Cypher expression over the scope's variables, in the asked form.</summary>
    private readonly struct CypherOperandReader(Neo4jPlanTranslator translator, Scope scope, Form form) : IOperandVisitor<string>
    {
        // Ids and labels are ASCII, where folding is lower-casing.
        public string Id(IdOperand id) => form == Form.Folded ? $"toLower({scope.Node}.{IdKey})" : $"{scope.Node}.{IdKey}";

        public string Label(LabelOperand label) => form == Form.Folded ? $"toLower(head(labels({scope.Node})))" : $"head(labels({scope.Node}))";

        public string DisplayName(DisplayNameOperand displayName) => Neo4jPlanTranslator.DisplayName(scope, form);

        public string Property(PropertyOperand property) => Stored(scope.Node, property.Property, form);

        public string EdgeProperty(EdgePropertyOperand property) => scope.Relationship is null ? "null" : Stored(scope.Relationship, property.Property, form);

        public string Element(ElementOperand element) => scope.Element is { } at
            ? Neo4jPlanTranslator.Element(at, form)
            : throw new PlanExecutionException("INTERNAL", "A list element is compared outside a list quantifier.");

        public string ToOne(ToOneOperand toOne) => translator.ToOne(toOne, scope, form);

        public string RelationshipCount(RelationshipCountOperand count) => $"COUNT {{ MATCH {translator.FieldPattern(scope.Node, count.Field).Pattern} }}";
    }
}
