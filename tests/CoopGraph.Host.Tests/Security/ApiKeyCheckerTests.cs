using CoopGraph.Host.Security;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Security;

public sealed class ApiKeyCheckerTests
{
    private static readonly ApiKeyChecker Checker = new([Key("first", "key-one"), Key("second", "key-two"), Key("third", "key-three")]);

    [Theory]
    [InlineData("key-one", "first")]
    [InlineData("key-two", "second")]
    [InlineData("key-three", "third")]
    public void The_right_key_is_found_wherever_it_stands_among_several(string presented, string name)
    {
        Assert.Equal(name, Checker.Find(presented)?.Name);
    }

    [Theory]
    [InlineData("key-four")]
    [InlineData("key-on")]
    [InlineData("KEY-ONE")]
    [InlineData("")]
    public void A_key_that_is_not_configured_is_refused(string presented)
    {
        Assert.Null(Checker.Find(presented));
    }

    [Fact]
    public void No_configured_keys_refuse_every_key()
    {
        Assert.Null(new ApiKeyChecker([]).Find("key-one"));
    }

    [Fact]
    public void The_configured_form_is_sha256_and_lowercase_hex_of_the_utf8_bytes()
    {
        Assert.Equal(TestCredentials.Hash("clé"), ApiKeyHash.Format("clé"));
        Assert.True(ApiKeyHash.TryParse(ApiKeyHash.Format("x").ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85z")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e")]
    public void A_hash_not_of_the_configured_form_is_not_read(string? text)
    {
        Assert.False(ApiKeyHash.TryParse(text, out _));
    }

    [Fact]
    public void Generated_keys_are_url_safe_and_different_each_time()
    {
        var keys = Enumerable.Range(0, 20).Select(_ => ApiKeyGenerator.Create()).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^cg_[A-Za-z0-9_-]{43}$", k));
    }

    private static ApiKey Key(string name, string key) => new(name, ApiKeyHash.Compute(key), ["editor"], "test");
}
