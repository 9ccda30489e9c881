using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Dated facts in date order. A partial date stands for its whole span (2023 is all of 2023),
/// so a fact is in a from/to window when its span overlaps the window's; a date without a
/// year cannot be placed and is left out of windowed timelines. A timeline about no one entity
/// reads the version's <see cref="TimelineIndex"/> when whole-graph results are cached, and scans
/// every entity and relationship when they are not.
/// </summary>
internal sealed partial class Timeline(GraphSnapshot snapshot, TimelineField field, TraversalBudget budget)
{
    private readonly List<TimelineFact> _facts = [];

    /// <summary>Every fact, or with <paramref name="about"/> those of that node, its relationships and its neighbours.</summary>
    public List<TimelineFact> Collect(int? about)
    {
        if (about is { } centre)
        {
            AddNodeFacts(centre);
            foreach (var step in new StepEnumerator(snapshot, budget, centre, null, RelationshipDirection.Both))
            {
                AddRelationshipFacts(step.Relationship);
                AddNodeFacts(step.Neighbour);
            }
        }
        else if (field.Limits.WholeGraphCacheEntries > 0)
        {
            AddIndexedFacts();
        }
        else
        {
            foreach (var node in snapshot.ScanAll())
            {
                AddNodeFacts(node);
                foreach (var step in new StepEnumerator(snapshot, budget, node, null, RelationshipDirection.Out))
                {
                    AddRelationshipFacts(step.Relationship);
                }
            }
        }

        var distinct = _facts.Distinct().ToList();
        distinct.Sort(Compare);
        return distinct.Count > field.First ? distinct.GetRange(0, field.First) : distinct;
    }

    /// <summary>
    /// By date, then description, then the entity's id, then the relationship's id (an entity's own
    /// fact first): ids, not store handles, break the last ties, so every store orders alike.
    /// </summary>
    private int Compare(TimelineFact a, TimelineFact b)
    {
        if (a.Date.SortKey != b.Date.SortKey)
        {
            return a.Date.SortKey.CompareTo(b.Date.SortKey);
        }

        if (string.CompareOrdinal(a.Description, b.Description) is var byText and not 0)
        {
            return byText;
        }

        if (a.Node != b.Node)
        {
            return string.CompareOrdinal(snapshot.GetNodeId(a.Node), snapshot.GetNodeId(b.Node));
        }

        return a.Relationship == b.Relationship ? 0
            : a.Relationship < 0 ? -1
            : b.Relationship < 0 ? 1
            : string.CompareOrdinal(snapshot.GetRelationshipId(a.Relationship), snapshot.GetRelationshipId(b.Relationship));
    }

    private void AddNodeFacts(int node)
    {
        var label = snapshot.GetLabel(node);
        foreach (var dated in field.Facts)
        {
            if (ReferenceEquals(dated.Label, label))
            {
                AddNodeFact(node, dated);
            }
        }
    }

    private void AddRelationshipFacts(int relationship)
    {
        var type = snapshot.GetRelationshipType(relationship);
        foreach (var dated in field.Facts)
        {
            if (ReferenceEquals(dated.Type, type))
            {
                AddRelationshipFact(relationship, dated);
            }
        }
    }

    private void AddNodeFact(int node, DatedProperty dated)
    {
        if (DateOf(snapshot.GetProperty(node, dated.Property)) is { } date)
        {
            Add(new TimelineFact(date, node, -1, $"{Name(node)}: {dated.Property.Name} {date}"));
        }
    }

    private void AddRelationshipFact(int relationship, DatedProperty dated)
    {
        if (DateOf(snapshot.GetRelationshipProperty(relationship, dated.Property)) is { } date)
        {
            var start = snapshot.GetStart(relationship);
            Add(new TimelineFact(date, start, relationship, $"{Name(start)} {dated.Type!.Name} {Name(snapshot.GetEnd(relationship))}: {dated.Property.Name} {date}"));
        }
    }

    private void Add(TimelineFact fact)
    {
        if (InWindow(fact.Date))
        {
            _facts.Add(fact);
        }
    }

    private bool InWindow(PartialDate date)
    {
        if (field.From is null && field.To is null)
        {
            return true;
        }

        return date.Year is not null
            && (field.From is not { } from || date.LastDaySortKey >= from.SortKey)
            && (field.To is not { } to || date.SortKey <= to.LastDaySortKey);
    }

    /// <summary>The date a value states: a PartialDate, or an Int year.</summary>
    public static PartialDate? DateOf(object? value) => value switch
    {
        PartialDate date => date,
        long year and >= 1 and <= 9999 => new PartialDate((int)year),
        _ => null,
    };

    private string Name(int node) => snapshot.GetLabel(node) is var label && snapshot.GetProperty(node, label.Display) is string name ? name : snapshot.GetNodeId(node);
}
