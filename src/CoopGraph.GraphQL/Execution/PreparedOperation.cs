using System.Text.Encodings.Web;
using System.Text.Json;
using CoopGraph.Planning;

namespace CoopGraph.GraphQL.Execution;

/// <summary>A planned query run again: the store writes the data, wrapped here as a complete GraphQL response.</summary>
public sealed class PreparedOperation
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] DataOpen = "{\"data\":"u8.ToArray();
    private static readonly byte[] Close = "}"u8.ToArray();

    private readonly OperationPlan _plan;
    private readonly IPlanExecutor _executor;
    private readonly HeavyRequestGate _gate;
    private readonly TimeSpan _timeout;

    internal PreparedOperation(OperationPlan plan, IPlanExecutor executor, HeavyRequestGate gate, TimeSpan timeout)
    {
        _plan = plan;
        _executor = executor;
        _gate = gate;
        _timeout = timeout;
    }

    /// <summary>
    /// Writes <c>{"data": …}</c>, or <c>{"errors": [..], "data": null}</c> with a contract code when the store
    /// fails or the request runs past its time limit. The data is rendered before anything is written, so an
    /// error never follows half a response.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (the client went away).</exception>
    public async Task WriteResponseAsync(Stream output, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var buffer = new SegmentedBufferWriter();
        try
        {
            await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                await _gate.ExecuteAsync(_executor, _plan, writer, timeout.Token);
            }
        }
        catch (PlanExecutionException e)
        {
            await WriteErrorAsync(output, e.Code, e.Message, cancellationToken);
            return;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await WriteErrorAsync(output, "LIMIT_EXCEEDED", "The request ran past its time limit (limit RequestTimeout).", cancellationToken);
            return;
        }

        await output.WriteAsync(DataOpen, cancellationToken);
        foreach (var segment in buffer.ToSequence())
        {
            await output.WriteAsync(segment, cancellationToken);
        }

        await output.WriteAsync(Close, cancellationToken);
    }

    private static async Task WriteErrorAsync(Stream output, string code, string message, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteNull("data");
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
