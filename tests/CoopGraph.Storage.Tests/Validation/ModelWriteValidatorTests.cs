using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Tests.Validation;

/// <summary>The shared model validator, whose canonical output the store plans from.</summary>
public sealed class ModelWriteValidatorTests
{
    [Fact]
    public void Values_already_canonical_pass_through_without_a_copy()
    {
        var node = City("hue", "Huế", 650_000);
        var (canonical, errors) = ModelWriteValidator.Validate(Model, Batch(node));
        Assert.Empty(errors);
        Assert.Same(node, Assert.Single(canonical));
    }

    [Fact]
    public void Values_that_need_coercion_are_converted_and_nulls_dropped()
    {
        var properties = new Dictionary<string, object?> { ["name"] = "Huế", ["population"] = 650_000, ["code"] = null, ["founded"] = "1802" };
        var (canonical, errors) = ModelWriteValidator.Validate(Model, Batch(new NodeWrite("city:hue", "City", properties, Cited)));
        Assert.Empty(errors);
        var values = ((NodeWrite)Assert.Single(canonical)).Properties;
        Assert.Equal(["founded", "name", "population"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(650_000L, Assert.IsType<long>(values["population"]));
        Assert.Equal("Huế", values["name"]);
        Assert.Null(properties["code"]);
    }

    [Fact]
    public void A_refused_value_is_left_out_and_the_values_before_it_kept()
    {
        var properties = new Dictionary<string, object?> { ["name"] = "Huế", ["population"] = "many", ["kind"] = "CITY" };
        var (canonical, errors) = ModelWriteValidator.Validate(Model, Batch(new NodeWrite("city:hue", "City", properties, Cited)));
        var error = Assert.Single(errors);
        Assert.Equal("WRONG_TYPE", error.Code);
        Assert.StartsWith("City 'city:hue': 'population'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["kind", "name"], ((NodeWrite)Assert.Single(canonical)).Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_required_value_is_named_once()
    {
        var (_, errors) = ModelWriteValidator.Validate(Model, Batch(new NodeWrite("city:hue", "City", Properties(("population", 5L)), Cited)));
        var error = Assert.Single(errors);
        Assert.Equal("MISSING_PROPERTY", error.Code);
        Assert.StartsWith("City 'city:hue': 'name' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_citing_a_shared_bad_source_list_is_refused()
    {
        IReadOnlyList<SourceRef> unquoted = [new SourceRef("source:atlas", null)];
        var (_, errors) = ModelWriteValidator.Validate(Model, Batch(
            new NodeWrite("city:hue", "City", Properties(("name", "Huế")), unquoted),
            new RelationshipWrite("ROAD", "city:hue", "city:hue", Properties(), unquoted)));
        Assert.Equal([(0, "MISSING_SOURCE"), (1, "MISSING_SOURCE")], errors.Select(e => (e.OperationIndex, e.Code)));
        Assert.StartsWith("relationship 'ROAD:city:hue:city:hue'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_sound_source_list_is_accepted_for_every_operation()
    {
        var (canonical, errors) = ModelWriteValidator.Validate(Model, Batch(City("hue"), City("vinh"), Road("hue", "vinh")));
        Assert.Empty(errors);
        Assert.Equal(3, canonical.Count);
    }
}
