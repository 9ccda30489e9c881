using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema;

/// <summary>How names of the public API derive from the model (HotChocolate.Data conventions).</summary>
internal static class ApiNames
{
    public static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string UpperFirst(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>
    /// "A" or "An" before a name, by how it sounds: "An Agreement", "An ATTENDED relationship", but "A University"
    /// (a vowel letter read as "you" or "won" takes "a").
    /// </summary>
    public static string Article(string word)
    {
        var vowel = word.Length > 0 && "AEIOUaeiou".Contains(word[0])
            && !VowelsSoundingLikeConsonants.Any(p => word.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return vowel ? "An" : "A";
    }

    private static readonly string[] VowelsSoundingLikeConsonants = ["uni", "use", "usu", "eu", "one", "ure"];

    /// <summary>Root lookup: <c>province</c>.</summary>
    public static string Lookup(NodeType label) => LowerFirst(label.Name);

    /// <summary>Root connection: <c>provinces</c>, <c>people</c>.</summary>
    public static string Connection(NodeType label) => LowerFirst(label.Plural);

    public static string RootConnectionType(NodeType label) => UpperFirst(label.Plural) + "Connection";

    public static string RootEdgeType(NodeType label) => UpperFirst(label.Plural) + "Edge";

    public static string RelationshipConnectionType(RelationshipField field) => field.Owner.Name + UpperFirst(field.Name) + "Connection";

    public static string RelationshipEdgeType(RelationshipField field) => field.Owner.Name + UpperFirst(field.Name) + "Edge";

    public static string RelationshipWhereType(RelationshipField field) => field.Owner.Name + UpperFirst(field.Name) + "ConnectionFilterInput";

    public static string FilterInput(string typeName) => typeName + "FilterInput";

    public static string SortInput(string typeName) => typeName + "SortInput";

    public static string ListFilterInput(string typeName) => "ListFilterInputTypeOf" + typeName + "FilterInput";

    /// <summary><c>StringOperationFilterInput</c>; ID is spelled <c>Id</c> as in HotChocolate.</summary>
    public static string OperationFilterInput(string scalarOrEnum) => (scalarOrEnum == "ID" ? "Id" : scalarOrEnum) + "OperationFilterInput";

    public static string ListOperationFilterInput(string scalarOrEnum) => "List" + OperationFilterInput(scalarOrEnum);

    /// <summary>Sort field for a to-many relationship's count: <c>partnersCount</c>.</summary>
    public static string CountSortField(RelationshipField field) => field.Name + "Count";

    public static string Create(NodeType label) => "create" + label.Name;

    public static string Update(NodeType label) => "update" + label.Name;

    public static string CreateInput(NodeType label) => "Create" + label.Name + "Input";

    public static string UpdateInput(NodeType label) => "Update" + label.Name + "Input";

    public static string UpdateChange(NodeType label) => "Update" + label.Name + "Change";

    public static string CreatePayload(NodeType label) => "Create" + label.Name + "Payload";

    public static string UpdatePayload(NodeType label) => "Update" + label.Name + "Payload";
}
