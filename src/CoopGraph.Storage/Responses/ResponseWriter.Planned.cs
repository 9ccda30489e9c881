using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>Objects the plan answers by itself (the model root field): written as planned, with no rows.</summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>
{
    private void WritePlanned(PlannedObject planned)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in planned.Members)
        {
            writer.WritePropertyName(name);
            if (value is IReadOnlyList<PlannedObject> objects)
            {
                writer.WriteStartArray();
                foreach (var item in objects)
                {
                    WritePlanned(item);
                }

                writer.WriteEndArray();
            }
            else
            {
                ValueJson.Write(writer, value);
            }
        }

        writer.WriteEndObject();
    }
}
