using System.Text.Encodings.Web;
using System.Text.Json;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.GraphQL.Execution;

/// <summary>A planned query run again: the store writes the data, wrapped here as a complete GraphQL response.</summary>
public sealed class PreparedOperation
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] DataOpen = "{\"data\":"u8.ToArray();
    private static readonly byte[] Close = "}"u8.ToArray();
    private static readonly byte[] ErrorsOpen = "{\"errors\":"u8.ToArray();
    private static readonly byte[] DataAfterErrors = ",\"data\":"u8.ToArray();
    private static readonly byte[] NullAndClose = "null}"u8.ToArray();

    private readonly string _query;
    private readonly OperationPlan _plan;
    private readonly IPlanExecutor _executor;
    private readonly HeavyRequestGate _gate;
    private readonly TimeSpan _timeout;

    internal PreparedOperation(string query, OperationPlan plan, IPlanExecutor executor, HeavyRequestGate gate, TimeSpan timeout)
    {
        _query = query;
        _plan = plan;
        _executor = executor;
        _gate = gate;
        _timeout = timeout;
    }

    /// <summary>
    /// Writes <c>{"data": …}</c>, with the field errors before it when a field failed, or <c>{"errors": [..], "data": null}</c>
    /// with a contract code when the store fails or the request runs past its time limit. The data is rendered before
    /// anything is written, so an error never follows half a response.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (the client went away).</exception>
    public async Task WriteResponseAsync(Stream output, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        await using var data = new ResponseOutput();
        try
        {
            await _gate.ExecuteAsync(_executor, _plan, data, timeout.Token);
        }
        catch (PlanExecutionException e)
        {
            await WriteErrorAsync(output, new FieldFailure(e.Code, e.Message, [], null), cancellationToken);
            return;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await WriteErrorAsync(output, new FieldFailure("LIMIT_EXCEEDED", "The request ran past its time limit (limit RequestTimeout).", [], null), cancellationToken);
            return;
        }

        var rendered = data.ToSequence();
        if (data.Failures.Count > 0)
        {
            await WriteFailuresAsync(output, data.Failures, _query, cancellationToken);
        }
        else
        {
            await output.WriteAsync(DataOpen, cancellationToken);
        }

        foreach (var segment in rendered)
        {
            await output.WriteAsync(segment, cancellationToken);
        }

        await output.WriteAsync(Close, cancellationToken);
    }

    /// <summary>The errors and the <c>data</c> key, which the rendered data then follows.</summary>
    private static async Task WriteFailuresAsync(Stream output, IReadOnlyList<FieldFailure> failures, string query, CancellationToken cancellationToken)
    {
        await output.WriteAsync(ErrorsOpen, cancellationToken);
        await using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            WriteErrors(writer, failures, query);
            await writer.FlushAsync(cancellationToken);
        }

        await output.WriteAsync(DataAfterErrors, cancellationToken);
    }

    private static async Task WriteErrorAsync(Stream output, FieldFailure failure, CancellationToken cancellationToken)
    {
        await WriteFailuresAsync(output, [failure], string.Empty, cancellationToken);
        await output.WriteAsync(NullAndClose, cancellationToken);
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<FieldFailure> failures, string query)
    {
        writer.WriteStartArray();
        foreach (var failure in failures)
        {
            writer.WriteStartObject();
            writer.WriteString("message", failure.Message);
            if (FieldErrors.Location(failure, query) is { } location)
            {
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            if (failure.Path.Count > 0)
            {
                writer.WriteStartArray("path");
                foreach (var segment in failure.Path)
                {
                    if (segment is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue((string)segment);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject("extensions");
            writer.WriteString("code", failure.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
