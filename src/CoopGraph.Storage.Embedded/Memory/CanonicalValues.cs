namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>Equality and hashing of canonical property values, lists compared element by element.</summary>
internal static class CanonicalValues
{
    public static readonly IEqualityComparer<object> Comparer = new ValueComparer();

    public static bool AreEqual(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is object[] a && right is object[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!AreEqual(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return left is not null && left.Equals(right);
    }

    public static bool AreEqual(object?[]? left, object?[]? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!AreEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash(object value)
    {
        switch (value)
        {
            case string text:
                return StringComparer.Ordinal.GetHashCode(text);
            case object[] list:
                var hash = new HashCode();
                foreach (var item in list)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            default:
                return value.GetHashCode();
        }
    }

    private sealed class ValueComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => AreEqual(x, y);

        public int GetHashCode(object obj) => Hash(obj);
    }
}
