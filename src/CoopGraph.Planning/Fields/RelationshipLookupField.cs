namespace CoopGraph.Planning.Fields;

/// <summary>Relationships by id (<c>TYPE:start id:end id</c>), one element per id in the order given, null where none has it.</summary>
public sealed record RelationshipLookupField(string ResponseName, IReadOnlyList<string> Ids, IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = relationship lookup [{string.Join(", ", Ids.Select(i => "\"" + i + "\""))}]";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
