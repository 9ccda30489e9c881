using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Planning.Predicates;

namespace CoopGraph.GraphQL.Tests.Conventions;

/// <summary>The filter inputs offer each kind of value exactly the operators the operator table gives it.</summary>
public sealed class OperatorFilterInputTests
{
    [Fact]
    public async Task The_schema_offers_each_value_kind_exactly_the_operators_the_table_gives_it()
    {
        await using var api = await GraphQLHarness.CreateAsync();

        var response = await api.ExecuteAsync("""
            { string: __type(name: "StringOperationFilterInput") { inputFields { name } }
              int: __type(name: "IntOperationFilterInput") { inputFields { name } }
              boolean: __type(name: "BooleanOperationFilterInput") { inputFields { name } } }
            """);

        var data = response.GetProperty("data");
        foreach (var (type, kind) in new[] { ("string", OperandKinds.Text), ("int", OperandKinds.Ordered), ("boolean", OperandKinds.Boolean) })
        {
            var offered = data.GetProperty(type).GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
            Assert.Equal(Operators.For(kind).Select(o => o.ApiName), offered);
        }
    }
}
