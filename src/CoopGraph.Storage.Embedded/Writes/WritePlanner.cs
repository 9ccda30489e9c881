using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Embedded.Persistence;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>
/// Runs a model-checked batch against the latest stored state, operation by operation (a
/// later operation sees the earlier ones), then checks the final state as a whole (unique
/// values, sources) and reduces it to a <see cref="WritePlan"/>. Reads the memory, never
/// changes it; only the writer calls it, holding the write lock.
/// </summary>
internal sealed partial class WritePlanner
{
    private readonly GraphMemory _memory;
    private readonly SourceListInterner _interner;
    private readonly StoreState _state;
    private readonly List<WriteError> _errors;
    private readonly Dictionary<int, PlannedNode> _nodes = [];
    private readonly Dictionary<string, int> _newIds = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, PlannedRelationship> _relationships = [];
    private readonly Dictionary<int, int> _degreeChange = [];
    private readonly Dictionary<object, SourceList> _sourcesByInstance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SourceList> _newSourceLists = new(StringComparer.Ordinal);
    private readonly WritePlan _plan = new();
    private readonly FactStamp _created;
    private readonly DateTimeOffset _now;
    private readonly string _actor;
    private Dictionary<int, List<RelationshipKey>>? _batchRelationshipsByNode;
    private int _nextNodeSlot;
    private bool _tracksDegrees;

    /// <param name="now">The time stamped on what the batch creates or changes, to the millisecond the file keeps.</param>
    public WritePlanner(GraphMemory memory, SourceListInterner interner, List<WriteError> errors, DateTimeOffset now, string actor)
    {
        _now = now;
        _actor = actor;
        _created = FactStamp.Created(now, actor);
        _memory = memory;
        _interner = interner;
        _errors = errors;
        _state = memory.Pending;
        _nextNodeSlot = _state.NodeSlotCount;
    }

    private GraphModel Model => _memory.Model;

    /// <summary>Plans the operations that passed the model checks; errors go to the shared list.</summary>
    public WritePlan Plan(IReadOnlyList<GraphWrite> operations, HashSet<int> refused)
    {
        // Degrees only matter to node deletes: a batch without any skips counting them.
        int nodeWrites = 0, relationshipWrites = 0;
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case NodeWrite:
                    nodeWrites++;
                    break;
                case RelationshipWrite:
                    relationshipWrites++;
                    break;
                case DeleteNode delete:
                    _tracksDegrees = true;
                    if (delete.Detach)
                    {
                        _batchRelationshipsByNode ??= [];
                    }

                    break;
            }
        }

        _nodes.EnsureCapacity(nodeWrites);
        _newIds.EnsureCapacity(nodeWrites);
        _relationships.EnsureCapacity(relationshipWrites);

        for (var i = 0; i < operations.Count; i++)
        {
            if (refused.Contains(i))
            {
                continue;
            }

            switch (operations[i])
            {
                case NodeWrite node:
                    PlanNode(node, i);
                    break;
                case RelationshipWrite relationship:
                    PlanRelationship(relationship, i);
                    break;
                case DeleteNode delete:
                    PlanNodeDelete(delete, i);
                    break;
                case DeleteRelationship delete:
                    PlanRelationshipDelete(delete, i);
                    break;
            }
        }

        CheckUniqueValues();
        CheckSources();
        CheckRequiredRelationships();
        Reduce();
        return _plan;
    }

    private void PlanNode(NodeWrite write, int index)
    {
        var label = Model.FindLabel(write.Label)!;
        var node = NodeForWrite(write.Id, label.Ordinal);
        node.Live = true;
        node.Values = _memory.Layouts[label.Ordinal].Build(write.Properties);
        node.Sources = Intern(write.Sources);
        node.LastOperation = index;
    }

    private void PlanRelationship(RelationshipWrite write, int index)
    {
        var type = Model.FindRelationshipType(write.Type)!;
        var start = FindLiveNode(write.Start);
        var end = FindLiveNode(write.End);
        if (start < 0 || end < 0)
        {
            var missing = string.Join(" and ", new[] { (start, write.Start), (end, write.End) }.Where(e => e.Item1 < 0).Select(e => $"'{e.Item2}'"));
            _errors.Add(new WriteError(index, "DANGLING_END", $"Relationship '{write.Id}': no node {missing} exists (nor is created earlier in the batch).")
            {
                Field = start < 0 ? "start" : "end",
            });
            return;
        }

        var relationship = RelationshipAt(new RelationshipKey(type.Ordinal, start, end));
        if (!relationship.Live)
        {
            relationship.Live = true;
            CountEnds(relationship.Key, +1);
        }

        relationship.Values = RelationshipValues(type, write.Properties);
        relationship.Sources = Intern(write.Sources);
        relationship.LastOperation = index;
    }

    private void PlanNodeDelete(DeleteNode delete, int index)
    {
        var slot = FindLiveNode(delete.Id);
        if (slot < 0)
        {
            _errors.Add(new WriteError(index, "NOT_FOUND", $"Cannot delete node '{delete.Id}': it does not exist."));
            return;
        }

        if (Degree(slot) > 0)
        {
            if (!delete.Detach)
            {
                _errors.Add(new WriteError(index, "HAS_RELATIONSHIPS",
                    $"Cannot delete node '{delete.Id}': it has {Degree(slot)} relationship(s); delete them first or delete with detach."));
                return;
            }

            Detach(slot, index);
        }

        var node = _nodes.TryGetValue(slot, out var planned) ? planned : Touch(slot, _memory.NodeIds[slot]!, _memory.Nodes[slot]!.Label, isNewSlot: false);
        node.Live = false;
        node.Values = null;
        node.Sources = null;
        node.LastOperation = index;
    }

    private void PlanRelationshipDelete(DeleteRelationship delete, int index)
    {
        var parsed = Identifiers.TryParseRelationshipId(delete.Id, out var typeName, out var startId, out var endId);
        var type = parsed ? Model.FindRelationshipType(typeName) : null;
        var start = FindLiveNode(startId);
        var end = FindLiveNode(endId);
        var relationship = type is null || start < 0 || end < 0 ? null : RelationshipAt(new RelationshipKey(type.Ordinal, start, end));
        if (relationship is not { Live: true })
        {
            _errors.Add(new WriteError(index, "NOT_FOUND", $"Cannot delete relationship '{delete.Id}': it does not exist."));
            return;
        }

        relationship.Live = false;
        relationship.LastOperation = index;
        CountEnds(relationship.Key, -1);
    }

    private void Detach(int slot, int index)
    {
        var keys = new List<RelationshipKey>();
        if (_memory.LiveHead(slot) is { } head)
        {
            foreach (var entry in Adjacency.All(head.Outgoing))
            {
                keys.Add(new RelationshipKey(_memory.Relationships[entry.Relationship]!.Type, slot, entry.Neighbour));
            }

            foreach (var entry in Adjacency.All(head.Incoming))
            {
                keys.Add(new RelationshipKey(_memory.Relationships[entry.Relationship]!.Type, entry.Neighbour, slot));
            }
        }

        if (_batchRelationshipsByNode!.TryGetValue(slot, out var added))
        {
            keys.AddRange(added);
        }

        foreach (var key in keys)
        {
            var relationship = RelationshipAt(key);
            if (relationship.Live)
            {
                relationship.Live = false;
                relationship.LastOperation = index;
                CountEnds(key, -1);
            }
        }
    }

    /// <summary>Relationships of a node at this point of the batch (a self-loop counts twice, as in adjacency).</summary>
    private int Degree(int slot)
    {
        var stored = _memory.LiveHead(slot) is { } head ? Adjacency.All(head.Outgoing).Length + Adjacency.All(head.Incoming).Length : 0;
        return stored + _degreeChange.GetValueOrDefault(slot);
    }

    private void CountEnds(RelationshipKey key, int change)
    {
        if (!_tracksDegrees)
        {
            return;
        }

        _degreeChange[key.Start] = _degreeChange.GetValueOrDefault(key.Start) + change;
        _degreeChange[key.End] = _degreeChange.GetValueOrDefault(key.End) + change;
        if (change > 0 && _batchRelationshipsByNode is not null)
        {
            Remember(key.Start, key);
            if (key.End != key.Start)
            {
                Remember(key.End, key);
            }
        }
    }

    private void Remember(int slot, RelationshipKey key)
    {
        if (!_batchRelationshipsByNode!.TryGetValue(slot, out var list))
        {
            _batchRelationshipsByNode[slot] = list = [];
        }

        list.Add(key);
    }

    /// <summary>The slot of a node that is live at this point of the batch, or -1.</summary>
    private int FindLiveNode(string id)
    {
        if (!TryResolve(id, out var slot))
        {
            return -1;
        }

        var live = _nodes.TryGetValue(slot, out var planned) ? planned.Live : _memory.LiveHead(slot) is not null;
        return live ? slot : -1;
    }

    private bool TryResolve(string id, out int slot) => _memory.TryFindSlot(id, out slot) || _newIds.TryGetValue(id, out slot);

    private PlannedNode NodeForWrite(string id, int label)
    {
        if (TryResolve(id, out var slot))
        {
            return _nodes.TryGetValue(slot, out var planned) ? planned : Touch(slot, id, label, isNewSlot: slot >= _state.NodeSlotCount);
        }

        slot = _nextNodeSlot++;
        _newIds[id] = slot;
        return Touch(slot, id, label, isNewSlot: true);
    }

    private PlannedNode Touch(int slot, string id, int label, bool isNewSlot)
    {
        var node = new PlannedNode(slot, id, label, isNewSlot ? null : _memory.LiveHead(slot), isNewSlot);
        _nodes[slot] = node;
        return node;
    }

    private PlannedRelationship RelationshipAt(RelationshipKey key)
    {
        if (_relationships.TryGetValue(key, out var planned))
        {
            return planned;
        }

        var slot = -1;
        RelationshipRecord? original = null;
        if (_memory.LiveHead(key.Start) is { } start && Adjacency.TryFind(start.Outgoing, key.Type, key.End, out slot))
        {
            original = _memory.LiveRelationshipHead(slot);
        }

        planned = new PlannedRelationship(key, original is null ? -1 : slot, original);
        _relationships[key] = planned;
        return planned;
    }

    private static object?[]? RelationshipValues(RelationshipType type, IReadOnlyDictionary<string, object?> canonical)
    {
        if (type.Properties is null || canonical.Count == 0)
        {
            return null;
        }

        var values = new object?[type.Properties.Properties.Count];
        var any = false;
        foreach (var (name, value) in canonical)
        {
            if (type.Properties.FindProperty(name) is { } property && value is not null)
            {
                values[property.Ordinal] = value;
                any = true;
            }
        }

        return any ? values : null;
    }

    private SourceList Intern(IReadOnlyList<SourceRef> sources)
    {
        if (_sourcesByInstance.TryGetValue(sources, out var known))
        {
            return known;
        }

        var json = SourceJson.Write(sources);
        var list = _interner.Find(json) ?? _newSourceLists.GetValueOrDefault(json);
        if (list is null)
        {
            list = new SourceList(_interner.NextId + _newSourceLists.Count, sources.ToArray(), json);
            _newSourceLists[json] = list;
            _plan.NewSourceLists.Add(list);
        }

        _sourcesByInstance[sources] = list;
        return list;
    }
}
