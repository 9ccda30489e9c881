using CoopGraph.GraphQL.Schema.Meanings;

namespace CoopGraph.GraphQL.Mutations;

/// <summary>Hands one mutation field's coerced arguments to the reader method of its kind.</summary>
internal static class MutationArguments
{
    private static readonly string[] Input = ["input"];

    public static void Read(MutationMeaning meaning, IReadOnlyDictionary<string, object?> arguments, ChangeSetReader read)
    {
        switch (meaning.Kind)
        {
            case MutationKind.Create:
                read.ReadCreate(0, null, meaning.Label!, Map(arguments.GetValueOrDefault("input")), Input);
                break;
            case MutationKind.Update:
                read.ReadUpdate(0, meaning.Label!, arguments.GetValueOrDefault("id"), Map(arguments.GetValueOrDefault("input")), ChangeSetReader.Version(arguments), []);
                break;
            case MutationKind.DeleteEntity:
                read.ReadDelete(0, arguments.GetValueOrDefault("id"), arguments.GetValueOrDefault("detach") is true, ChangeSetReader.Version(arguments), []);
                break;
            case MutationKind.Connect:
                read.ReadConnect(0, Map(arguments.GetValueOrDefault("input")), Input);
                break;
            case MutationKind.UpdateRelationship:
                read.ReadUpdateRelationship(0, arguments.GetValueOrDefault("id"), arguments.GetValueOrDefault("properties"), arguments.GetValueOrDefault("sources"), ChangeSetReader.Version(arguments), []);
                break;
            case MutationKind.Disconnect:
                read.ReadDisconnect(0, arguments.GetValueOrDefault("id"), ChangeSetReader.Version(arguments), []);
                break;
            default:
                read.ReadChangeSet(Map(arguments.GetValueOrDefault("input")));
                break;
        }
    }

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}
