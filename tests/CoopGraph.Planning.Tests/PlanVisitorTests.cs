using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Planning.Tests;

/// <summary>
/// Every kind of condition, operand and entity source has its member in the visitor every store implements, so a new kind cannot be
/// added without the compiler asking each store for its reading of it.
/// </summary>
public sealed class PlanVisitorTests
{
    [Theory]
    [InlineData(typeof(Predicate), typeof(IPredicateVisitor<>))]
    [InlineData(typeof(Operand), typeof(IOperandVisitor<>))]
    [InlineData(typeof(EntitySource), typeof(IEntitySourceVisitor<>))]
    public void Every_concrete_kind_has_a_visitor_member_that_takes_it(Type node, Type visitor)
    {
        var kinds = node.Assembly.GetTypes().Where(t => t.IsSubclassOf(node) && !t.IsAbstract).ToArray();
        var taken = visitor.GetMethods().Select(m => m.GetParameters().Single().ParameterType).ToArray();

        Assert.NotEmpty(kinds);
        Assert.Equal(kinds.OrderBy(t => t.Name), taken.OrderBy(t => t.Name));
    }
}
