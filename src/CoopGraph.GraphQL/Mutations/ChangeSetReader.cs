using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Mutations;

/// <summary>
/// Reads the arguments of one mutation field (coerced by graphql-dotnet) into the store operations of one batch and
/// the changes its payload shows. What the input alone shows to be wrong (an unknown ref, a change that names no
/// operation, an id that cannot be made) is collected as user errors; everything else is the store's to check.
/// </summary>
internal sealed partial class ChangeSetReader(GraphModel model)
{
    public const string RefPrefix = "ref:";

    private readonly Dictionary<string, string> _refs = new(StringComparer.Ordinal);

    private Dictionary<string, (NodeType Label, bool IsCreate)>? _typedOperations;

    public List<GraphWrite> Operations { get; } = [];

    /// <summary>Index for index with <see cref="Operations"/>.</summary>
    public List<OperationOrigin> Origins { get; } = [];

    public List<ChangeItem> Items { get; } = [];

    public List<UserErrorInfo> Errors { get; } = [];

    /// <summary>A change set's typed operations by name (<c>createProvince</c>, <c>updateProvince</c>): the label and whether it creates.</summary>
    private Dictionary<string, (NodeType Label, bool IsCreate)> TypedOperations => _typedOperations ??= model.Labels
        .SelectMany(l => new[] { (Name: "create" + l.Name, Entry: (l, true)), (Name: "update" + l.Name, Entry: (l, false)) })
        .ToDictionary(e => e.Name, e => e.Entry, StringComparer.Ordinal);

    private void Add(GraphWrite operation, OperationOrigin origin)
    {
        Operations.Add(operation);
        Origins.Add(origin);
    }

    private void Refuse(string code, string message, IReadOnlyList<string> path) => Errors.Add(new UserErrorInfo(code, message, path));

    /// <summary>An entity id as written: a plain id, or <c>ref:name</c> of an entity created by an earlier change.</summary>
    private string ResolveId(object? raw, IReadOnlyList<string> path)
    {
        var id = raw as string ?? Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        if (!id.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            return id;
        }

        if (_refs.TryGetValue(id[RefPrefix.Length..], out var resolved))
        {
            return resolved;
        }

        Refuse(ContractCodes.Validation, $"'{id}' names no entity created by an earlier change of this set (a ref is defined by the ref of a create change).", path);
        return id;
    }

    private static string[] Path(IReadOnlyList<string> basePath, params string[] tail) => [.. basePath, .. tail];
}
