namespace CoopGraph.Storage.Writes;

/// <summary>One operation of a <see cref="GraphBatch"/>.</summary>
public abstract record GraphWrite;
