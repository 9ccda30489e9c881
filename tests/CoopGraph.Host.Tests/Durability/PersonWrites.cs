namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// The operations of the durability tests, all on Person: a Person's <c>description</c> is the number of updates it has
/// had ("0" when created), so its value follows from its version (version - 1) and a torn or lost update shows.
/// </summary>
internal static class PersonWrites
{
    public const string Create = """
        mutation Create($input: CreatePersonInput!) {
          createPerson(input: $input) { person { id version description } errors { code message path } }
        }
        """;

    public const string Update = """
        mutation Update($id: ID!, $input: UpdatePersonInput!) {
          updatePerson(id: $id, input: $input) { person { id version description } errors { code message path } }
        }
        """;

    public const string ApplyChanges = """
        mutation Apply($input: ChangeSetInput!) {
          applyChanges(input: $input) { results { id } errors { code message path } }
        }
        """;

    /// <summary>One request, so one snapshot, for every id asked.</summary>
    public const string Read = """
        query Read($ids: [ID!]!) {
          nodes(ids: $ids) { id ... on Person { version description spouses { nodes { id } } } }
        }
        """;

    // A seed Source that carries its article's text: the quote is checked against it.
    private static readonly object[] Sources = [new { source = "source:quang-ninh-and-hokkaido-sign-cooperation-agreement", quote = "Ha Long city" }];

    public static object CreateVariables(string id) =>
        new { input = new { id, name = Name(id), description = "0", sources = Sources } };

    public static object UpdateVariables(string id, int update) =>
        new { id, input = new { description = update.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    /// <summary>The three people of a change set, and MARRIED_TO from the first to the second and the second to the third.</summary>
    public static object ChangeSetVariables(IReadOnlyList<string> ids)
    {
        object[] changes =
        [
            new { @ref = "a", createPerson = new { id = ids[0], name = Name(ids[0]), sources = Sources } },
            new { @ref = "b", createPerson = new { id = ids[1], name = Name(ids[1]), sources = Sources } },
            new { @ref = "c", createPerson = new { id = ids[2], name = Name(ids[2]), sources = Sources } },
            new { connect = new { type = "MARRIED_TO", from = "ref:a", to = "ref:b", sources = Sources } },
            new { connect = new { type = "MARRIED_TO", from = "ref:b", to = "ref:c", sources = Sources } },
        ];
        return new { input = new { changes } };
    }

    public static object ReadVariables(IEnumerable<string> ids) => new { ids = ids.ToArray() };

    private static string Name(string id) => "Durability " + id["person:".Length..];
}
