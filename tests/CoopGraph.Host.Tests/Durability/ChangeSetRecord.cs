namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// One applyChanges a client sent: three new people, a MARRIED_TO b and b MARRIED_TO c, under ids no other write uses.
/// After any crash and in any read it is either entirely there or entirely absent, and entirely there once acknowledged.
/// </summary>
internal sealed class ChangeSetRecord
{
    private volatile bool _acknowledged;

    public ChangeSetRecord(string name)
    {
        Name = name;
        Ids = [name + "-a", name + "-b", name + "-c"];
    }

    public string Name { get; }

    /// <summary>The people, in the order of the change set.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The ids applyChanges answers with, one per change.</summary>
    public IReadOnlyList<string> WrittenIds => [.. Ids, $"MARRIED_TO:{Ids[0]}:{Ids[1]}", $"MARRIED_TO:{Ids[1]}:{Ids[2]}"];

    public bool IsAcknowledged => _acknowledged;

    public void Acknowledge() => _acknowledged = true;

    /// <summary>Whether the set is there in what was read (meaningful only once <see cref="Check"/> found it whole or absent).</summary>
    public bool IsPresentIn(IReadOnlyDictionary<string, StoredPerson?> seen) => seen[Ids[0]] is not null;

    /// <summary>A problem with the set in what one snapshot showed, or null when it is whole or (unless it must be there) absent.</summary>
    public string? Check(IReadOnlyDictionary<string, StoredPerson?> seen, bool mustBePresent)
    {
        var present = Ids.Count(id => seen[id] is not null);
        if (present == 0)
        {
            return mustBePresent ? $"change set {Name} was acknowledged, but none of it is there" : null;
        }

        if (present < Ids.Count)
        {
            return $"change set {Name} is half there: {present} of its {Ids.Count} people ({string.Join(", ", Ids.Where(id => seen[id] is not null))})";
        }

        string[][] spouses = [[Ids[1]], [Ids[0], Ids[2]], [Ids[1]]];
        for (var i = 0; i < Ids.Count; i++)
        {
            var person = seen[Ids[i]]!;
            if (!person.Spouses.SetEquals(spouses[i]))
            {
                return $"change set {Name} is half there: {Ids[i]} has spouses [{string.Join(", ", person.Spouses)}], expected [{string.Join(", ", spouses[i])}]";
            }

            if (person.Version != 1)
            {
                return $"change set {Name}: {Ids[i]} has version {person.Version}, but nothing updates it after its create";
            }
        }

        return null;
    }
}
