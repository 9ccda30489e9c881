using System.Collections;
using System.Globalization;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Validation;

/// <summary>
/// Turns a property value as it arrives (CLR numbers, strings, JSON elements, lists) into
/// its canonical stored form for the property's type, or says why it cannot.
/// </summary>
public static class ValueCoercion
{
    public static bool TryCoerce(PropertyDefinition property, object? raw, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (raw is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } || raw is null)
        {
            if (property.IsRequired)
            {
                error = $"'{property.Name}' is required ({property.TypeName}).";
                return false;
            }

            return true;
        }

        if (!property.IsList)
        {
            return TryCoerceScalar(property, raw, out value, out error);
        }

        if (raw is string || !TryEnumerate(raw, out var items))
        {
            error = $"'{property.Name}' expects a list ({property.TypeName}).";
            return false;
        }

        var list = new List<object>();
        foreach (var item in items)
        {
            if (!TryCoerceScalar(property, item, out var element, out error) || element is null)
            {
                error ??= $"'{property.Name}' cannot hold null elements.";
                return false;
            }

            list.Add(element);
        }

        value = list.ToArray();
        return true;
    }

    private static bool TryEnumerate(object raw, out IEnumerable<object?> items)
    {
        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                items = array.EnumerateArray().Select(e => (object?)e).ToArray();
                return true;
            case IEnumerable enumerable when raw is not IDictionary:
                items = enumerable.Cast<object?>().ToArray();
                return true;
            default:
                items = [];
                return false;
        }
    }

    private static bool TryCoerceScalar(PropertyDefinition property, object? raw, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (raw is JsonElement json)
        {
            raw = json.ValueKind switch
            {
                JsonValueKind.String => json.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when json.TryGetInt64(out var l) => l,
                JsonValueKind.Number => json.GetDouble(),
                JsonValueKind.Null => null,
                _ => json,
            };
        }

        // A value already in canonical form is returned as the same object, not boxed again:
        // bulk writes then allocate nothing per value, and callers can tell it was unchanged.
        value = property.Kind switch
        {
            ValueKind.String or ValueKind.Id => raw as string,
            ValueKind.Enum => raw is string s && property.EnumType!.Contains(s) ? s : null,
            ValueKind.Boolean => raw is bool ? raw : null,
            ValueKind.Int => raw switch
            {
                long => raw,
                int i => (long)i,
                short sh => (long)sh,
                double d when d == Math.Floor(d) && Math.Abs(d) < 9.007199254740992E15 => (long)d,
                decimal m when m == decimal.Floor(m) && m is >= long.MinValue and <= long.MaxValue => (long)m,
                _ => null,
            },
            ValueKind.Float => raw switch
            {
                double d when double.IsFinite(d) => raw,
                float f when float.IsFinite(f) => (double)f,
                long l => (double)l,
                int i => (double)i,
                decimal m => (double)m,
                _ => null,
            },
            ValueKind.PartialDate => raw switch
            {
                PartialDate => raw,
                string s when PartialDate.TryParse(s, out var p) => p,
                _ => null,
            },
            _ => null,
        };

        if (value is not null)
        {
            return true;
        }

        error = property.Kind == ValueKind.Enum && raw is string text
            ? $"'{property.Name}': '{text}' is not a value of {property.EnumType!.Name} ({string.Join(", ", property.EnumType.Values)})."
            : $"'{property.Name}' expects {property.TypeName}, got {Describe(raw)}.";
        return false;
    }

    private static string Describe(object? raw) => raw switch
    {
        null => "null",
        string s => $"the string \"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        bool b => b ? "true" : "false",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({raw.GetType().Name})",
        JsonElement e => $"a JSON {e.ValueKind.ToString().ToLowerInvariant()}",
        _ => $"a {raw.GetType().Name}",
    };
}
