using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// Each kind of condition as a Cypher expression that is always true or false, never null: Cypher's three-valued
    /// logic would make <c>NOT (x = $v)</c> drop rows where x is missing, while the plan's semantics (the embedded
    /// store's) count a comparison with a missing value as false and its negated forms as true.
    /// </summary>
    private readonly struct CypherCondition(Neo4jPlanTranslator translator, Scope scope) : IPredicateVisitor<string>
    {
        public string And(AndPredicate and) =>
            and.Operands.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Operands.Select(Inner)) + ")";

        public string Or(OrPredicate or) =>
            or.Operands.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Operands.Select(Inner)) + ")";

        public string Not(NotPredicate not) => "NOT " + Inner(not.Operand);

        public string Compare(ComparePredicate compare) => translator.Compare(compare, scope);

        public string List(ListPredicate list)
        {
            var values = $"coalesce({Property(scope.Node, list.Property.Name)}, [])";
            var index = translator.Fresh("i");
            var element = translator.Predicate(list.Element, scope with { Element = new ElementScope(list.Property, scope.Node, index) });
            var function = list.Quantifier switch
            {
                Quantifier.Some => "any",
                Quantifier.All => "all",
                Quantifier.None => "none",
                _ => "single",
            };
            return $"{function}({index} IN range(0, size({values}) - 1) WHERE {element})";
        }

        public string ListAny(ListAnyPredicate any) => $"size(coalesce({Property(scope.Node, any.Property.Name)}, [])) {(any.Any ? ">" : "=")} 0";

        public string Relationship(RelationshipPredicate relationship)
        {
            var (pattern, target, edge) = translator.FieldPattern(scope.Node, relationship.Field);
            var inner = new Scope(target, edge, relationship.Field.Targets);
            var self = translator;
            var conditions = new[] { relationship.Node, relationship.Edge }.OfType<Predicate>().Select(p => self.Predicate(p, inner)).ToArray();
            var condition = conditions.Length == 0 ? "true" : string.Join(" AND ", conditions);
            return relationship.Quantifier switch
            {
                Quantifier.Some => $"EXISTS {{ MATCH {pattern} WHERE {condition} }}",
                Quantifier.None => $"NOT EXISTS {{ MATCH {pattern} WHERE {condition} }}",
                Quantifier.All => $"NOT EXISTS {{ MATCH {pattern} WHERE NOT ({condition}) }}",
                _ => $"COUNT {{ MATCH {pattern} WHERE {condition} }} = 1",
            };
        }

        public string RelationshipExists(RelationshipExistsPredicate exists)
        {
            var (pattern, _, _) = translator.FieldPattern(scope.Node, exists.Field);
            return (exists.Exists ? string.Empty : "NOT ") + $"EXISTS {{ MATCH {pattern} }}";
        }

        private string Inner(Predicate predicate) => translator.Predicate(predicate, scope);
    }
}
