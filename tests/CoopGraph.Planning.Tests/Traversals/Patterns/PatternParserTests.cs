using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Planning.Tests.Traversals.Patterns;

/// <summary>
/// The path-pattern parser on its own, over the small test model (ROAD between cities, IN_COUNTRY from a city to its
/// country): what each form matches, read off the automaton with <see cref="Walks"/>, and where each mistake is reported.
/// </summary>
public sealed class PatternParserTests
{
    private const int States = 512;

    [Theory]
    [InlineData("ROAD>", "ROAD>", "ROAD> ROAD>|<ROAD|<IN_COUNTRY|")]
    [InlineData("<ROAD", "<ROAD", "ROAD>")]
    [InlineData("ROAD", "ROAD>|<ROAD", "IN_COUNTRY>|")]
    [InlineData(".", "ROAD>|<ROAD|IN_COUNTRY>|<IN_COUNTRY", "|ROAD> ROAD>")]
    [InlineData("ROAD>,IN_COUNTRY>", "ROAD> IN_COUNTRY>", "IN_COUNTRY> ROAD>|ROAD>")]
    [InlineData("ROAD>|IN_COUNTRY>", "ROAD>|IN_COUNTRY>", "|ROAD> IN_COUNTRY>")]
    [InlineData("ROAD>*", "|ROAD>|ROAD> ROAD> ROAD> ROAD>", "<ROAD")]
    [InlineData("ROAD>+", "ROAD>|ROAD> ROAD> ROAD>", "|<ROAD")]
    [InlineData("ROAD>?", "|ROAD>", "ROAD> ROAD>")]
    [InlineData("ROAD>{2}", "ROAD> ROAD>", "ROAD>|ROAD> ROAD> ROAD>")]
    [InlineData("ROAD>{2,3}", "ROAD> ROAD>|ROAD> ROAD> ROAD>", "ROAD>|ROAD> ROAD> ROAD> ROAD>")]
    [InlineData("ROAD>{2,}", "ROAD> ROAD>|ROAD> ROAD> ROAD> ROAD> ROAD>", "ROAD>")]
    [InlineData("ROAD>{0,1}", "|ROAD>", "ROAD> ROAD>")]
    [InlineData("(ROAD>|<ROAD){2},IN_COUNTRY>", "ROAD> <ROAD IN_COUNTRY>|<ROAD <ROAD IN_COUNTRY>", "ROAD> IN_COUNTRY>")]
    [InlineData("(ROAD>,ROAD>)+", "ROAD> ROAD>|ROAD> ROAD> ROAD> ROAD>", "ROAD> ROAD> ROAD>")]
    [InlineData(" ROAD> , ( <ROAD | IN_COUNTRY> ) { 1 , 2 } ", "ROAD> <ROAD|ROAD> IN_COUNTRY> <ROAD", "ROAD>")]
    public void A_pattern_matches_exactly_its_walks(string pattern, string matched, string unmatched)
    {
        var automaton = Parse(pattern).Automaton;
        Assert.All(Words(matched), word => Assert.True(Walks.Count(automaton, word) > 0, $"'{pattern}' should match '{string.Join(' ', word)}'"));
        Assert.All(Words(unmatched), word => Assert.True(Walks.Count(automaton, word) == 0, $"'{pattern}' should not match '{string.Join(' ', word)}'"));
    }

    [Theory]
    [InlineData("ROAD>{1,3}")]
    [InlineData("ROAD>{0,4}")]
    [InlineData("ROAD>*")]
    [InlineData("ROAD>{2,}")]
    public void A_bounded_or_open_repetition_matches_each_length_one_way_only(string pattern)
    {
        // A walk matched two ways would be found, and counted, twice by the traversals.
        var automaton = Parse(pattern).Automaton;
        for (var length = 0; length <= 5; length++)
        {
            Assert.True(Walks.Count(automaton, [.. Enumerable.Repeat("ROAD>", length)]) <= 1, $"'{pattern}' matches {length} steps more than one way");
        }
    }

    [Fact]
    public void Steps_carry_the_type_and_direction_from_the_model()
    {
        var automaton = Parse("<ROAD").Automaton;
        var step = Assert.Single(automaton.TransitionsOf(automaton.Start));
        Assert.Same(TestGraph.RoadType, step.Type);
        Assert.Equal(RelationshipDirection.In, step.Direction);
        Assert.True(automaton.IsAccepting(step.Target));
        Assert.False(automaton.IsAccepting(automaton.Start));
        Assert.Null(Assert.Single(Parse(".").Automaton.TransitionsOf(0)).Type);
    }

    [Fact]
    public void The_printed_pattern_keeps_its_text_and_says_its_size()
    {
        Assert.Equal("Pattern \"ROAD>,<ROAD\" (3 states)", Parse("ROAD>,<ROAD").Describe());
    }

    [Theory]
    [InlineData("", 1, "the pattern ends where a relationship type or '(' is expected")]
    [InlineData("ROAD>,", 7, "the pattern ends where a relationship type or '(' is expected")]
    [InlineData("<", 2, "the pattern ends where a relationship type or '(' is expected")]
    [InlineData("*", 1, "expected a relationship type, '.' or '('")]
    [InlineData("ROAD>|*", 7, "expected a relationship type, '.' or '('")]
    [InlineData("<>", 2, "expected a relationship type, '.' or '('")]
    [InlineData("<ROAD>", 2, "a step goes either forwards (TYPE>) or backwards (<TYPE), not both")]
    [InlineData("(ROAD>", 7, "expected ')'")]
    [InlineData("(ROAD>,IN_COUNTRY>", 19, "expected ')'")]
    [InlineData("ROAD>)", 6, "')' without a matching '('")]
    [InlineData("ROAD> ROAD>", 7, "unexpected 'R'")]
    [InlineData("ROAD>**", 7, "a repetition cannot be repeated directly; use parentheses")]
    [InlineData("ROAD>{2} +", 10, "a repetition cannot be repeated directly; use parentheses")]
    [InlineData("ROAD>{2", 8, "expected '}' to close the repetition")]
    [InlineData("ROAD>{2,3", 10, "expected '}' to close the repetition")]
    [InlineData("ROAD>{}", 7, "expected a number")]
    [InlineData("ROAD>{2,x}", 9, "expected a number")]
    [InlineData("ROAD>{12345}", 12, "expected a number")]
    [InlineData("ROAD>{3,1}", 6, "the repetition {3,1} has its maximum below its minimum")]
    [InlineData("ROAD>{51}", 6, "a repetition bound may be at most 50")]
    [InlineData("ROAD>{51,}", 6, "a repetition bound may be at most 50")]
    [InlineData("ROAD>{1,51}", 6, "a repetition bound may be at most 50")]
    public void A_bad_pattern_says_where_and_why(string pattern, int position, string reason)
    {
        var error = Assert.Throws<PatternSyntaxException>(() => Parse(pattern));
        Assert.Equal(position, error.Position);
        Assert.Equal($"Bad path pattern at position {position}: {reason}.", error.Message);
    }

    [Theory]
    [InlineData("ROAD>,NOPE", 7, "NOPE")]
    [InlineData("road>", 1, "road")]
    public void An_unknown_type_is_refused_with_every_known_type(string pattern, int position, string name)
    {
        var error = Assert.Throws<PatternSyntaxException>(() => Parse(pattern));
        Assert.Equal(position, error.Position);
        var known = string.Join(", ", TestGraph.Model.RelationshipTypes.Select(t => t.Name));
        Assert.Equal($"Bad path pattern at position {position}: unknown relationship type '{name}'; known: {known}.", error.Message);
        Assert.Contains("IN_COUNTRY, ROAD", known, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_past_the_state_limit_is_refused_with_the_setting_to_raise()
    {
        Assert.NotNull(PatternParser.Parse("ROAD>{50}", TestGraph.Model, States));
        var error = Assert.Throws<PatternSyntaxException>(() => PatternParser.Parse("((ROAD>{50}){50}){50}", TestGraph.Model, States));
        Assert.Equal(1, error.Position);
        Assert.Contains("more than 512 states (limit MaxPatternStates)", error.Message, StringComparison.Ordinal);
    }

    private static PathPattern Parse(string pattern) => PatternParser.Parse(pattern, TestGraph.Model, States);

    // Walks separated by '|', steps within a walk by spaces; an empty walk is no step at all.
    private static IEnumerable<string[]> Words(string walks) =>
        walks.Split('|').Select(walk => walk.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
