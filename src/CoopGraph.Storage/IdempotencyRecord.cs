namespace CoopGraph.Storage;

/// <summary>What a store knows of a key: the request it came with and, once answered, the response.</summary>
public sealed record IdempotencyRecord(byte[] RequestHash, IdempotentResponse? Response);
