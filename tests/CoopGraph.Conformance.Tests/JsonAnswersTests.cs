using System.Text.Json;
using CoopGraph.Conformance.Tests.Support;

namespace CoopGraph.Conformance.Tests;

public sealed class JsonAnswersTests
{
    [Theory]
    [InlineData("""{"score":0.30000000000000004}""", """{"score":0.3}""")]
    [InlineData("""{"a":[1,2,{"b":"x"}]}""", """{"a":[1,2,{"b":"x"}]}""")]
    public void Answers_that_differ_only_in_the_last_bits_of_a_fraction_are_equivalent(string expected, string actual) =>
        Assert.True(Equivalent(expected, actual));

    [Theory]
    [InlineData("""{"score":0.3}""", """{"score":0.3001}""")]
    [InlineData("""{"length":3}""", """{"length":4}""")]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"a":1}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1,2,3]}""")]
    [InlineData("""{"a":"x"}""", """{"a":"y"}""")]
    [InlineData("""{"a":null}""", """{"a":0}""")]
    [InlineData("""{"big":9007199254740993}""", """{"big":9007199254740992}""")]
    public void Answers_that_differ_otherwise_are_not(string expected, string actual) =>
        Assert.False(Equivalent(expected, actual));

    private static bool Equivalent(string expected, string actual)
    {
        using var a = JsonDocument.Parse(expected);
        using var b = JsonDocument.Parse(actual);
        return JsonAnswers.Equivalent(a.RootElement, b.RootElement);
    }
}
