using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Objects the plan answers by itself (the model root field): written as planned, with no rows.</summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>
{
    private void WritePlanned(PlannedObject planned)
    {
        _writer.WriteStartObject();
        foreach (var (name, value) in planned.Members)
        {
            _writer.WritePropertyName(name);
            if (value is IReadOnlyList<PlannedObject> objects)
            {
                _writer.WriteStartArray();
                foreach (var item in objects)
                {
                    WritePlanned(item);
                }

                _writer.WriteEndArray();
            }
            else
            {
                ValueJson.Write(_writer, value);
            }
        }

        _writer.WriteEndObject();
    }
}
