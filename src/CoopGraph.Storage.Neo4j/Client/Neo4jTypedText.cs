namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// A value the model never stores (temporal, duration, point, UUID, unsupported), kept as Neo4j's
/// type name and text so nothing is lost, e.g. <c>("Date", "2015-03-26")</c>.
/// </summary>
public sealed record Neo4jTypedText(string Type, string Text);
