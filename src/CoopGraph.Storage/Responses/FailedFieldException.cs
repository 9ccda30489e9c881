using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Thrown by the writer on reaching a <see cref="FailedField"/>, to report its errors as any field error is.</summary>
internal sealed class FailedFieldException(FailedField field) : Exception(field.Errors[0].Message)
{
    public FailedField Field { get; } = field;
}
