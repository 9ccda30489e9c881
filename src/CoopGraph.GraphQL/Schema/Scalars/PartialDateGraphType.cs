using CoopGraph.Graph.Schema.Values;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Schema.Scalars;

/// <summary>
/// <c>PartialDate</c>: a date with the precision its source gave — <c>"2017"</c>,
/// <c>"2023-11"</c>, <c>"2023-11-16"</c>, or <c>"--08-25"</c> when the year is not stated.
/// </summary>
internal sealed class PartialDateGraphType : ScalarGraphType
{
    public PartialDateGraphType()
    {
        Name = "PartialDate";
        Description = "A date with the precision its source gave: \"2017\", \"2023-11\", \"2023-11-16\", or \"--08-25\" when the year is not stated. Orders by year, month, day; a missing part sorts first, a missing year last.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        PartialDate date => date,
        string s => Parse(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate date => date.ToString(),
        string s => s,
        _ => ThrowSerializationError(value),
    };

    private static PartialDate Parse(string text) =>
        PartialDate.TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a PartialDate: use YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD.");
}
