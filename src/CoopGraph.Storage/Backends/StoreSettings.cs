namespace CoopGraph.Storage.Backends;

/// <summary>A configuration section a store binds (e.g. <c>CoopGraph:Neo4j</c>) and the options type whose properties are its keys.</summary>
public sealed record StoreSettings(string Section, Type Options);
