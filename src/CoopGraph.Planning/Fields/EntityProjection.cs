using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Fields;

/// <summary>
/// What to write for an entity, per label: fragments on interfaces and unions select
/// different fields for different labels, so each possible label has its collected field list.
/// </summary>
public sealed record EntityProjection(IReadOnlyDictionary<NodeType, IReadOnlyList<OutputField>> ByLabel) : PlanNode
{
    public IReadOnlyList<OutputField>? For(NodeType label) => ByLabel.GetValueOrDefault(label);

    public override string Describe() => ByLabel.Count == 1
        ? $"Project {ByLabel.Keys.First().Name}"
        : $"Project {ByLabel.Count} labels";

    public override IEnumerable<(string Role, PlanNode Node)> Children()
    {
        // Labels whose fields print the same are printed once, so an Entity selection stays readable.
        foreach (var group in ByLabel.GroupBy(p => string.Join("\n", p.Value.Select(f => f.ToString()))).OrderBy(g => g.Min(p => p.Key.Ordinal)))
        {
            var labels = group.Select(p => p.Key.Name).ToArray();
            var role = ByLabel.Count == 1 ? null : labels.Length > 3 ? $"{labels.Length} labels" : string.Join("|", labels);
            foreach (var field in group.First().Value)
            {
                yield return (role is null ? field.ResponseName : role, field);
            }
        }
    }
}
