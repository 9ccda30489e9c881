using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Protection;

public sealed class LimitsTests
{
    [Fact]
    public async Task Too_deep_a_selection_is_refused_before_it_runs()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:MaxDepth"] = "4" });
        var response = await api.ExecuteAsync("{ provinces { nodes { country { provinces { nodes { id } } } } } }");
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(response));
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Page_sizes_multiply_into_the_cost()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:MaxCost"] = "5000" });
        var cheap = await api.ExecuteAsync("{ provinces(first: 10) { nodes { id partners(first: 10) { nodes { id } } } } }");
        Assert.Empty(JsonAssert.ErrorCodes(cheap));
        var costly = await api.ExecuteAsync("{ provinces(first: 100) { nodes { id partners(first: 100) { nodes { id } } } } }");
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(costly));
    }

    [Fact]
    public async Task The_cost_is_checked_again_when_a_cached_document_gets_new_variables()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:MaxCost"] = "5000" });
        const string query = "query($n: Int) { provinces(first: $n) { nodes { id partners(first: $n) { nodes { id } } } } }";
        Assert.Empty(JsonAssert.ErrorCodes(await api.ExecuteAsync(query, new { n = 10 })));
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(await api.ExecuteAsync(query, new { n = 100 })));
    }

    [Fact]
    public async Task A_full_introspection_query_as_ides_send_it_is_not_counted_against_the_cost()
    {
        await using var api = await TestGraph.CreateAsync();
        var response = await api.ExecuteAsync("""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """);
        Assert.Empty(JsonAssert.ErrorCodes(response));
        Assert.True(response.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 100);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:MaxAliases"] = "2" });
        var response = await api.ExecuteAsync("{ a: provinces { totalCount } b: provinces { totalCount } c: provinces { totalCount } }");
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(response));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:Introspection"] = "false" });
        var response = await api.ExecuteAsync("{ __schema { queryType { name } } }");
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], JsonAssert.ErrorCodes(response));
        var typename = await api.ExecuteAsync("{ __typename }");
        Assert.Equal("Query", typename.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Errors_never_reveal_exception_types_or_stack_traces()
    {
        await using var api = await TestGraph.CreateAsync();
        var response = await api.ExecuteAsync("{ provinces(after: \"%%%\") { totalCount } } ");
        var text = response.GetRawText();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.All(JsonAssert.ErrorCodes(response), code => Assert.Contains(code, new[] { "BAD_USER_INPUT" }));
    }

    [Fact]
    public async Task Syntax_errors_and_unknown_fields_carry_contract_codes()
    {
        await using var api = await TestGraph.CreateAsync();
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], JsonAssert.ErrorCodes(await api.ExecuteAsync("{ provinces { ")));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], JsonAssert.ErrorCodes(await api.ExecuteAsync("{ planets { id } }")));
    }
}
