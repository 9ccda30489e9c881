using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Planning.Paging;

/// <summary>
/// Encodes keyset cursors as opaque base64url text: the order's signature (so a cursor
/// from another order is refused, not misread), the sort key values with their types, the
/// id, and on relationship connections the relationship id. Both stores use it, so a cursor
/// means the same on either.
/// </summary>
public static class CursorCodec
{
    public static string Encode(string orderSignature, IReadOnlyList<object?> keys, string id, string? relationshipId)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(orderSignature);
            writer.WriteStringValue(id);
            if (relationshipId is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(relationshipId);
            }

            foreach (var key in keys)
            {
                WriteKey(writer, key);
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Whether the text is a cursor this server made at all (for any connection or order), so that a refusal can say
    /// "malformed" to text that never was a cursor and "another connection or order" to one that was.
    /// </summary>
    public static bool IsWellFormed(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(text));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array && root.GetArrayLength() >= 3
                && root[0].ValueKind == JsonValueKind.String && root[1].ValueKind == JsonValueKind.String;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Decodes a cursor made for the same order; false for anything else.</summary>
    public static bool TryDecode(string text, string orderSignature, int keyCount, out Cursor? cursor)
    {
        cursor = null;
        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != keyCount + 3
                || root[0].GetString() != orderSignature || root[1].ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var keys = new object?[keyCount];
            for (var i = 0; i < keyCount; i++)
            {
                if (!TryReadKey(root[i + 3], out keys[i]))
                {
                    return false;
                }
            }

            cursor = new Cursor(keys, root[1].GetString()!, root[2].ValueKind == JsonValueKind.String ? root[2].GetString() : null);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void WriteKey(Utf8JsonWriter writer, object? key)
    {
        if (key is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        switch (key)
        {
            case string s:
                writer.WriteStringValue("s");
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteStringValue("l");
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteStringValue("l");
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteStringValue("f");
                writer.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool b:
                writer.WriteStringValue("b");
                writer.WriteBooleanValue(b);
                break;
            case PartialDate p:
                writer.WriteStringValue("d");
                writer.WriteStringValue(p.ToString());
                break;
            default:
                throw new ArgumentException($"A {key.GetType().Name} cannot be a sort key.", nameof(key));
        }

        writer.WriteEndArray();
    }

    private static bool TryReadKey(JsonElement element, out object? key)
    {
        key = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
        {
            return false;
        }

        var value = element[1];
        switch (element[0].GetString())
        {
            case "s" when value.ValueKind == JsonValueKind.String:
                key = value.GetString();
                return true;
            case "l" when value.TryGetInt64(out var l):
                key = l;
                return true;
            case "f" when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                key = d;
                return true;
            case "b" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                key = value.GetBoolean();
                return true;
            case "d" when PartialDate.TryParse(value.GetString(), out var p):
                key = p;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The signature of an order: cursors carry it so they are only read under the same order.</summary>
    public static string Signature(IEnumerable<SortKey> order)
    {
        var text = string.Join(",", order.Select(k => k.Describe()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));
    }
}
