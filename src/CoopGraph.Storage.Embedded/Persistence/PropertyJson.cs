using System.Buffers;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// Property values as stored in SQLite: a JSON object keyed by property name (so the file
/// survives reordering of the type definitions), decoded by the property's kind.
/// </summary>
internal sealed class PropertyJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public PropertyJson() => _writer = new Utf8JsonWriter(_buffer);

    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// The UTF-8 JSON of the first <paramref name="definitions"/>.Count values, or empty when all
    /// are null; valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Write(IReadOnlyList<PropertyDefinition> definitions, object?[]? values)
    {
        if (values is null)
        {
            return default;
        }

        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        var any = false;
        foreach (var definition in definitions)
        {
            if (values[definition.Ordinal] is { } value)
            {
                _writer.WritePropertyName(definition.Name);
                WriteValue(value);
                any = true;
            }
        }

        _writer.WriteEndObject();
        _writer.Flush();
        return any ? _buffer.WrittenSpan : default;
    }

    private void WriteValue(object value)
    {
        switch (value)
        {
            case string text:
                _writer.WriteStringValue(text);
                break;
            case long number:
                _writer.WriteNumberValue(number);
                break;
            case double number:
                _writer.WriteNumberValue(number);
                break;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                break;
            case PartialDate date:
                _writer.WriteStringValue(date.ToString());
                break;
            case object[] list:
                _writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(item);
                }

                _writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} is not a canonical property value.", nameof(value));
        }
    }

    /// <summary>Reads stored JSON into <paramref name="values"/> by property ordinal.</summary>
    public static void Read(ReadOnlySpan<byte> json, Func<string, PropertyDefinition?> find, object?[] values, string owner)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var definition = find(name)
                ?? throw new InvalidDataException($"Stored {owner} has property '{name}', which the type definitions no longer declare.");
            reader.Read();
            if (definition.IsList)
            {
                var items = new List<object>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadScalar(ref reader, definition));
                }

                values[definition.Ordinal] = items.ToArray();
            }
            else
            {
                values[definition.Ordinal] = ReadScalar(ref reader, definition);
            }
        }
    }

    private static object ReadScalar(ref Utf8JsonReader reader, PropertyDefinition definition) => definition.Kind switch
    {
        ValueKind.Int => reader.GetInt64(),
        ValueKind.Float => reader.GetDouble(),
        ValueKind.Boolean => reader.GetBoolean(),
        ValueKind.PartialDate => PartialDate.Parse(reader.GetString()!),
        ValueKind.Enum => EnumValue(ref reader, definition.EnumType!),
        _ => reader.GetString()!,
    };

    /// <summary>The model's own string for an enum value, so a million nodes share a handful of strings.</summary>
    private static string EnumValue(ref Utf8JsonReader reader, EnumDefinition enumType)
    {
        foreach (var value in enumType.Values)
        {
            if (reader.ValueTextEquals(value))
            {
                return value;
            }
        }

        return reader.GetString()!;
    }
}
