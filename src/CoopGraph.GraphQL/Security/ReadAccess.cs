namespace CoopGraph.GraphQL.Security;

/// <summary>Who may run queries and subscriptions (<c>CoopGraph:Auth:Reads</c>); mutations always need <see cref="Roles.Editor"/>.</summary>
public enum ReadAccess
{
    /// <summary>Anyone, signed in or not: the API is a public knowledge graph.</summary>
    Anonymous,

    /// <summary>Only a principal with the <see cref="Roles.Reader"/> or <see cref="Roles.Editor"/> role.</summary>
    Reader,
}
