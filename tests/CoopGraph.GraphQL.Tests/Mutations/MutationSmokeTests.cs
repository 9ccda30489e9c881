using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Mutations;

public sealed class MutationSmokeTests
{
    [Fact]
    public async Task Creates_a_province()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var response = await api.ExecuteAsync("""
            mutation {
              createProvince(input: { name: "Đà Nẵng", kind: MUNICIPALITY, country: "country:vietnam",
                sources: [{ source: "source:quang-ninh-and-hokkaido-sign-cooperation-agreement", quote: "Ha Long city" }] }) {
                province { id name version createdBy country { name } sources { quote verified } }
                errors { code message path }
              }
            }
            """);
        File.WriteAllText("/tmp/mut.json", response.ToString());
    }
}
