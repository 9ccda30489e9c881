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
    private readonly List<DatedValue> _values = [];

    // The entries the values so far make: a fact's values on one date are one entry (see Entries).
    private readonly HashSet<(int Node, int Relationship, PartialDate Date)> _entries = [];

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

        var entries = Entries();
        entries.Sort(Compare);
        return entries.Count > field.First ? entries.GetRange(0, field.First) : entries;
    }

    private void AddNodeFacts(int node)
    {
        var label = snapshot.GetLabel(node);
        for (var p = 0; p < field.Facts.Count; p++)
        {
            if (ReferenceEquals(field.Facts[p].Label, label))
            {
                AddNodeFact(node, p);
            }
        }
    }

    private void AddRelationshipFacts(int relationship)
    {
        var type = snapshot.GetRelationshipType(relationship);
        for (var p = 0; p < field.Facts.Count; p++)
        {
            if (ReferenceEquals(field.Facts[p].Type, type))
            {
                AddRelationshipFact(relationship, p);
            }
        }
    }

    /// <summary>The value of the <paramref name="property"/>-th dated property on <paramref name="node"/>, when it dates and is in the window.</summary>
    private void AddNodeFact(int node, int property)
    {
        if (DateOf(snapshot.GetProperty(node, field.Facts[property].Property)) is { } date)
        {
            Add(new DatedValue(date, node, -1, property));
        }
    }

    /// <summary>The value of the <paramref name="property"/>-th dated property on <paramref name="relationship"/>, a fact about its start.</summary>
    private void AddRelationshipFact(int relationship, int property)
    {
        if (DateOf(snapshot.GetRelationshipProperty(relationship, field.Facts[property].Property)) is { } date)
        {
            Add(new DatedValue(date, snapshot.GetStart(relationship), relationship, property));
        }
    }

    private void Add(DatedValue value)
    {
        if (InWindow(value.Date))
        {
            _values.Add(value);
            _entries.Add((value.Node, value.Relationship, value.Date));
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

    /// <summary>The entity's name in descriptions: its display property when that is a String it has, else its id.</summary>
    private string Name(int node) => snapshot.GetLabel(node) is var label && snapshot.GetProperty(node, label.Display) is string name ? name : snapshot.GetNodeId(node);
}
