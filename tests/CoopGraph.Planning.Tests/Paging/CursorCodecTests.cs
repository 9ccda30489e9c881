using System.Text;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Paging;

namespace CoopGraph.Planning.Tests.Paging;

/// <summary>
/// Keyset cursors on their own: every kind of sort key survives the trip with its type, and anything that is not a cursor
/// of the same order is refused rather than misread (a client may send any text).
/// </summary>
public sealed class CursorCodecTests
{
    private static readonly string Order = CursorCodec.Signature([new SortKey(new PropertyOperand(TestGraph.CityLabel.FindProperty("name")!), Descending: false), new SortKey(IdOperand.Instance, Descending: false)]);

    public static TheoryData<object?> Keys() => new()
    {
        "Hội An",
        string.Empty,
        42L,
        long.MinValue,
        0.1,
        -1e-300,
        double.MaxValue,
        true,
        false,
        PartialDate.Parse("2023"),
        PartialDate.Parse("2023-11"),
        PartialDate.Parse("2023-11-16"),
        null,
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_sort_key_comes_back_with_its_value_and_type(object? key)
    {
        var decoded = RoundTrip([key], "city:hoi-an", relationshipId: null);
        var back = Assert.Single(decoded.Keys);
        Assert.Equal(key, back);
        Assert.Equal(key?.GetType(), back?.GetType());
        Assert.Equal("city:hoi-an", decoded.Id);
        Assert.Null(decoded.RelationshipId);
    }

    [Fact]
    public void Several_keys_and_a_relationship_id_come_back_in_order()
    {
        var decoded = RoundTrip(["Da Nang", 3L, null, PartialDate.Parse("1999-04")], "city:da-nang", "rel:17");
        Assert.Equal(["Da Nang", 3L, null, PartialDate.Parse("1999-04")], decoded.Keys);
        Assert.Equal("rel:17", decoded.RelationshipId);
        Assert.Equal("(\"Da Nang\", 3, null, 1999-04; city:da-nang; rel:17)", decoded.ToString());
    }

    [Fact]
    public void An_int_key_is_read_back_as_the_long_the_stores_compare()
    {
        Assert.Equal(7L, Assert.IsType<long>(Assert.Single(RoundTrip([7], "city:x", null).Keys)));
    }

    [Fact]
    public void A_cursor_is_url_safe_text()
    {
        var text = CursorCodec.Encode(Order, ["ü/+?&= ", 1.5], "city:a/b", "rel:1");
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
    }

    [Fact]
    public void A_value_that_cannot_be_a_sort_key_is_refused_when_encoding()
    {
        var error = Assert.Throws<ArgumentException>(() => CursorCodec.Encode(Order, [12.5m], "city:x", null));
        Assert.Contains("A Decimal cannot be a sort key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_order_signature_follows_the_order()
    {
        var name = new PropertyOperand(TestGraph.CityLabel.FindProperty("name")!);
        var population = new PropertyOperand(TestGraph.CityLabel.FindProperty("population")!);
        Assert.Equal(Order, CursorCodec.Signature([new SortKey(name, false), new SortKey(IdOperand.Instance, false)]));
        Assert.Matches("^[0-9A-F]{8}$", Order);
        Assert.NotEqual(Order, CursorCodec.Signature([new SortKey(name, true), new SortKey(IdOperand.Instance, false)]));
        Assert.NotEqual(Order, CursorCodec.Signature([new SortKey(population, false), new SortKey(IdOperand.Instance, false)]));
        Assert.NotEqual(Order, CursorCodec.Signature([new SortKey(IdOperand.Instance, false), new SortKey(name, false)]));
    }

    [Fact]
    public void A_cursor_of_another_order_or_key_count_is_refused()
    {
        var text = CursorCodec.Encode(Order, ["Huế"], "city:hue", null);
        Assert.False(CursorCodec.TryDecode(text, "00000000", 1, out var cursor));
        Assert.Null(cursor);
        Assert.False(CursorCodec.TryDecode(text, Order, 0, out _));
        Assert.False(CursorCodec.TryDecode(text, Order, 2, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("%%%%")]
    [InlineData("YQ")]
    public void Text_that_is_not_base64url_json_is_refused(string text)
    {
        Assert.False(CursorCodec.TryDecode(text, Order, 1, out var cursor));
        Assert.Null(cursor);
    }

    [Theory]
    [InlineData("{\"id\":\"city:hue\"}")]
    [InlineData("\"city:hue\"")]
    [InlineData("[\"SIG\",\"city:hue\",null]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"s\",\"Huế\"],[\"s\",\"x\"]]")]
    [InlineData("[\"SIG\",17,null,[\"s\",\"Huế\"]]")]
    [InlineData("[\"SIG\",null,null,[\"s\",\"Huế\"]]")]
    [InlineData("[17,\"city:hue\",null,[\"s\",\"Huế\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,\"Huế\"]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"s\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"s\",\"Huế\",1]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"x\",\"Huế\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"s\",17]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"l\",\"17\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"l\",1.5]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"l\",1e30]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"f\",1.5]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"f\",\"one\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"b\",\"true\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"d\",\"2023-13\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"d\",20231116]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[17,\"Huế\"]]")]
    [InlineData("[\"SIG\",\"city:hue\",null,[\"s\",\"Hu")]
    public void A_well_encoded_cursor_with_the_wrong_shape_is_refused(string json)
    {
        var text = Base64UrlOf(json.Replace("SIG", Order, StringComparison.Ordinal));
        Assert.False(CursorCodec.TryDecode(text, Order, 1, out var cursor));
        Assert.Null(cursor);
    }

    [Fact]
    public void The_shape_checks_above_start_from_a_cursor_that_is_accepted()
    {
        // Guards the malformed cases: the same layout with sound parts decodes.
        Assert.True(CursorCodec.TryDecode(Base64UrlOf($"[\"{Order}\",\"city:hue\",null,[\"s\",\"Huế\"]]"), Order, 1, out var cursor));
        Assert.Equal(new object?[] { "Huế" }, cursor!.Keys);
    }

    private static Cursor RoundTrip(IReadOnlyList<object?> keys, string id, string? relationshipId)
    {
        var text = CursorCodec.Encode(Order, keys, id, relationshipId);
        Assert.True(CursorCodec.TryDecode(text, Order, keys.Count, out var cursor), $"'{text}' did not decode");
        return cursor!;
    }

    private static string Base64UrlOf(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
