namespace CoopGraph.Host.Http;

/// <summary>One entry of an Accept header: <c>type/subtype;params;q=0.9</c>.</summary>
internal readonly record struct MediaRange(string Type, string Subtype, double Quality, string? Charset)
{
    /// <summary>2 for an exact match, 1 for <c>type/*</c>, 0 for <c>*/*</c>, -1 when the range does not cover the media type.</summary>
    public int Specificity(string type, string subtype)
    {
        if (Type == "*")
        {
            return Subtype == "*" ? 0 : -1;
        }

        if (!Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (Subtype == "*")
        {
            return 1;
        }

        return Subtype.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }

    public bool AllowsUtf8 => Charset is null || Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || Charset == "*";
}
