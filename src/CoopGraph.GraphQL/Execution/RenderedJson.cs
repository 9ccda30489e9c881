using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// The <c>data</c> of a response, already written as UTF-8 JSON by the plan executor;
/// the response serializer copies it as is instead of walking an execution tree.
/// </summary>
[JsonConverter(typeof(RenderedJsonConverter))]
internal sealed class RenderedJson(ReadOnlySequence<byte> utf8)
{
    public ReadOnlySequence<byte> Utf8 { get; } = utf8;

    private sealed class RenderedJsonConverter : JsonConverter<RenderedJson>
    {
        public override RenderedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Rendered JSON is written, never read.");

        public override void Write(Utf8JsonWriter writer, RenderedJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8, skipInputValidation: true);
    }
}
