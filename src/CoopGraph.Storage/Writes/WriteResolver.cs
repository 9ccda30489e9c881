using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Validation;

namespace CoopGraph.Storage.Writes;

/// <summary>
/// Turns a batch as a client states it (create-only writes, patches, versioned deletes) into the plain writes every store
/// plans: full upserts and deletes, one for one, so errors keep their operation's index. It runs against the stored
/// facts plus the batch's own earlier operations, refuses what cannot hold (ALREADY_EXISTS, NOT_FOUND,
/// VERSION_CONFLICT), and checks every quote against its Source's text (QUOTE_NOT_IN_SOURCE), marking the quotes it
/// found as verified. A plain upsert batch (the seed, an import) needs no look-ups beyond the Sources it cites.
/// </summary>
public sealed class WriteResolver
{
    /// <summary>The Source property that holds the source's own text, against which its quotes are checked.</summary>
    public const string SourceTextProperty = "text";

    /// <summary>A refusal after which the operation has no fact to plan (a patch of nothing); other refusals leave a plannable write.</summary>
    public static bool LeavesNothingToPlan(WriteError error) => error.Code == "NOT_FOUND";

    private readonly IStoredFacts _stored;
    private readonly List<WriteError> _errors;
    private readonly Dictionary<string, NodeWrite?> _batchNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipWrite?> _batchRelationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _sourceTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<IReadOnlyList<SourceRef>, IReadOnlyList<SourceRef>> _checkedSources = new(ReferenceEqualityComparer.Instance);

    // Nodes a detach delete of this batch removed with their relationships: a stored relationship at either end is gone.
    private readonly HashSet<string> _detached = new(StringComparer.Ordinal);
    private bool _tracksBatch;

    private WriteResolver(IStoredFacts stored, List<WriteError> errors)
    {
        _stored = stored;
        _errors = errors;
    }

    /// <summary>The plain writes, index for index; the refusals go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<GraphWrite> Resolve(IReadOnlyList<GraphWrite> operations, IStoredFacts stored, List<WriteError> errors)
    {
        var resolver = new WriteResolver(stored, errors);
        resolver._tracksBatch = operations.Any(o => o is NodePatch or RelationshipPatch or NodeWrite { CreateOnly: true } or RelationshipWrite { CreateOnly: true } or DeleteNode { Detach: true });
        var resolved = new GraphWrite[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            resolved[i] = resolver.Resolve(operations[i], i);
        }

        return resolved;
    }

    private GraphWrite Resolve(GraphWrite operation, int index)
    {
        switch (operation)
        {
            case NodeWrite node:
                if (node.CreateOnly && CurrentNode(node.Id) is not null)
                {
                    Refuse(index, "ALREADY_EXISTS", "id", $"A node '{node.Id}' exists already; update it instead, or choose another id.");
                }

                if (node.Label == GraphModel.SourceLabel)
                {
                    // A Source cites itself: its own text must be known before its quotes are checked.
                    _sourceTexts[node.Id] = TextOf(node.Properties);
                }

                // A plain upsert whose sources need no marking is passed on as it is: a bulk import allocates nothing here.
                var nodeSources = Checked(node.Sources, index);
                return Track(ReferenceEquals(nodeSources, node.Sources) && !node.CreateOnly ? node : node with { Sources = nodeSources, CreateOnly = false });
            case RelationshipWrite relationship:
                if (relationship.CreateOnly && CurrentRelationship(relationship.Id) is not null)
                {
                    Refuse(index, "ALREADY_EXISTS", "type", $"The relationship '{relationship.Id}' exists already; update it instead.");
                }

                var relationshipSources = Checked(relationship.Sources, index);
                return Track(ReferenceEquals(relationshipSources, relationship.Sources) && !relationship.CreateOnly
                    ? relationship
                    : relationship with { Sources = relationshipSources, CreateOnly = false });
            case NodePatch patch:
                return ResolvePatch(patch, index);
            case RelationshipPatch patch:
                return ResolvePatch(patch, index);
            case DeleteNode delete:
                if (delete.ExpectedVersion is { } expectedNode && VersionAtThisPoint(delete.Id, isNode: true) is { } nodeVersion)
                {
                    CheckVersion(expectedNode, nodeVersion, delete.Id, index);
                }

                if (_tracksBatch)
                {
                    _batchNodes[delete.Id] = null;
                    if (delete.Detach)
                    {
                        _detached.Add(delete.Id);
                        foreach (var (id, written) in _batchRelationships.ToArray())
                        {
                            if (written is not null && (written.Start == delete.Id || written.End == delete.Id))
                            {
                                _batchRelationships[id] = null;
                            }
                        }
                    }
                }

                return delete;
            case DeleteRelationship delete:
                if (delete.ExpectedVersion is { } expectedRelationship && VersionAtThisPoint(delete.Id, isNode: false) is { } relationshipVersion)
                {
                    CheckVersion(expectedRelationship, relationshipVersion, delete.Id, index);
                }

                if (_tracksBatch)
                {
                    _batchRelationships[delete.Id] = null;
                }

                return delete;
            default:
                return operation;
        }
    }

    private GraphWrite ResolvePatch(NodePatch patch, int index)
    {
        var current = CurrentNode(patch.Id);
        if (current is null || (patch.Label is { } label && current.Label != label))
        {
            Refuse(index, "NOT_FOUND", "id", $"There is no {patch.Label ?? "node"} '{patch.Id}' to update.");
            return new DeleteNode(patch.Id);
        }

        if (patch.ExpectedVersion is { } expected && VersionAtThisPoint(patch.Id, isNode: true) is { } version)
        {
            CheckVersion(expected, version, patch.Id, index);
        }

        var merged = Merge(current.Properties, patch.Changes);
        if (current.Label == GraphModel.SourceLabel)
        {
            _sourceTexts[patch.Id] = TextOf(merged);
        }

        var sources = patch.Sources is null ? current.Sources : Checked(patch.Sources, index);
        return Track(new NodeWrite(patch.Id, current.Label, merged, sources));
    }

    private GraphWrite ResolvePatch(RelationshipPatch patch, int index)
    {
        var current = CurrentRelationship(patch.Id);
        if (current is null)
        {
            Refuse(index, "NOT_FOUND", "id", $"There is no relationship '{patch.Id}' to update.");
            return new DeleteRelationship(patch.Id);
        }

        if (patch.ExpectedVersion is { } expected && VersionAtThisPoint(patch.Id, isNode: false) is { } version)
        {
            CheckVersion(expected, version, patch.Id, index);
        }

        var merged = Merge(current.Properties, patch.Changes);
        var sources = patch.Sources is null ? current.Sources : Checked(patch.Sources, index);
        return Track(current with { Properties = merged, Sources = sources });
    }

    private static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> current, IReadOnlyDictionary<string, object?> changes)
    {
        var merged = new Dictionary<string, object?>(current, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value;
            }
        }

        return merged;
    }

    /// <summary>
    /// The version the fact has at this point of the batch: stored, or one more when an earlier operation of the batch
    /// wrote it (1 when it created it); null when it does not exist (that refusal is another check's).
    /// </summary>
    private long? VersionAtThisPoint(string id, bool isNode)
    {
        var stored = isNode ? _stored.FindNode(id)?.Stamp : _stored.FindRelationship(id)?.Stamp;
        var written = isNode ? _batchNodes.ContainsKey(id) : _batchRelationships.ContainsKey(id);
        return written ? (stored?.Version ?? 0) + 1 : stored?.Version;
    }

    private void CheckVersion(long expected, long current, string id, int index)
    {
        if (expected != current)
        {
            _errors.Add(new WriteError(index, "VERSION_CONFLICT", $"'{id}' is at version {current}, not {expected}: it changed since it was read. Read it again and retry.")
            {
                Field = "expectedVersion",
                CurrentVersion = current,
            });
        }
    }

    private NodeWrite Track(NodeWrite node)
    {
        if (_tracksBatch || node.Label == GraphModel.SourceLabel)
        {
            _batchNodes[node.Id] = node;
        }

        return node;
    }

    private RelationshipWrite Track(RelationshipWrite relationship)
    {
        if (_tracksBatch)
        {
            _batchRelationships[relationship.Id] = relationship;
        }

        return relationship;
    }

    private NodeWrite? CurrentNode(string id)
    {
        if (_batchNodes.TryGetValue(id, out var written))
        {
            return written;
        }

        return _stored.FindNode(id) is { } stored ? new NodeWrite(id, stored.Label, stored.Properties, stored.Sources) : null;
    }

    private RelationshipWrite? CurrentRelationship(string id)
    {
        if (_batchRelationships.TryGetValue(id, out var written))
        {
            return written;
        }

        return _stored.FindRelationship(id) is { } stored && !_detached.Contains(stored.Start) && !_detached.Contains(stored.End)
            ? new RelationshipWrite(stored.Type, stored.Start, stored.End, stored.Properties, stored.Sources)
            : null;
    }

    /// <summary>The sources with their quotes checked and marked; a list instance shared by many writes is checked once.</summary>
    private IReadOnlyList<SourceRef> Checked(IReadOnlyList<SourceRef> sources, int index)
    {
        if (sources is null || sources.Count == 0)
        {
            return sources!;
        }

        if (_checkedSources.TryGetValue(sources, out var known))
        {
            return known;
        }

        SourceRef[]? marked = null;
        var sound = true;
        for (var i = 0; i < sources.Count; i++)
        {
            var reference = sources[i];
            var verified = false;
            if (!string.IsNullOrWhiteSpace(reference.Quote) && NormalisedText(reference.Source) is { } text)
            {
                verified = QuoteText.Occurs(reference.Quote, text);
                if (!verified)
                {
                    sound = false;
                    Refuse(index, "QUOTE_NOT_IN_SOURCE", "sources",
                        $"The quote \"{reference.Quote}\" does not occur in the text of {reference.Source} (compared with white space, quotes and dashes normalised).");
                }
            }

            if (verified != reference.Verified)
            {
                marked ??= [.. sources];
                marked[i] = reference with { Verified = verified };
            }
        }

        IReadOnlyList<SourceRef> result = marked ?? sources;
        if (sound)
        {
            _checkedSources[sources] = result;
        }

        return result;
    }

    private string? NormalisedText(string sourceId)
    {
        if (!_sourceTexts.TryGetValue(sourceId, out var text))
        {
            text = _stored.FindNode(sourceId) is { Label: GraphModel.SourceLabel } source ? TextOf(source.Properties) : null;
            _sourceTexts[sourceId] = text;
        }

        return text;
    }

    private static string? TextOf(IReadOnlyDictionary<string, object?> properties) =>
        properties.TryGetValue(SourceTextProperty, out var value) && value is string { Length: > 0 } text ? QuoteText.NormaliseKept(text) : null;

    private void Refuse(int index, string code, string field, string message) =>
        _errors.Add(new WriteError(index, code, message) { Field = field });
}
