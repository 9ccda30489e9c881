using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopGraph.Planning.Output;

/// <summary>
/// Where a store writes the response's <c>data</c>, and the field errors it met on the way. The data can be written
/// again from the start: a field that fails after part of its parent was written is answered by writing the data once
/// more with that parent null (<see cref="Restart"/>), which costs a second pass only on the rare failing request and
/// nothing on the others.
/// </summary>
public sealed class ResponseOutput : IAsyncDisposable, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SegmentedBufferWriter _buffer = new();
    private readonly List<FieldFailure> _failures = [];

    public ResponseOutput() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public Utf8JsonWriter Writer { get; }

    /// <summary>The field errors, in the order they were met.</summary>
    public IReadOnlyList<FieldFailure> Failures => _failures;

    /// <summary>True when an error reached a field that may not be null all the way up, so the whole <c>data</c> is null.</summary>
    public bool DataIsNull { get; private set; }

    public void AddFailure(FieldFailure failure) => _failures.Add(failure);

    /// <summary>Forgets the data written so far (not the failures), to write it again.</summary>
    public void Restart()
    {
        Writer.Reset();
        _buffer.Clear();
    }

    /// <summary>Replaces the data with null: an error's null travelled up to it.</summary>
    public void WriteNullData()
    {
        Restart();
        Writer.WriteNullValue();
        DataIsNull = true;
    }

    /// <summary>The data as written (flushed first).</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        Writer.Flush();
        return _buffer.ToSequence();
    }

    public void Dispose() => Writer.Dispose();

    public ValueTask DisposeAsync() => Writer.DisposeAsync();
}
