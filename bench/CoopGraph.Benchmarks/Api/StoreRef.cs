namespace CoopGraph.Benchmarks.Api;

/// <summary>What a naive resolver hands down: the entity's id and label, nothing loaded.</summary>
internal sealed record StoreRef(string Label, string Id);
