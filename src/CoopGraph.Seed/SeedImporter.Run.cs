using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

public sealed partial class SeedImporter
{
    /// <summary>The writing part of one import: batches, counts and the store's refusals.</summary>
    private sealed class Run(IGraphStore store, int batchSize, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        public List<SeedError> Errors { get; } = [];

        public int BatchesCommitted { get; private set; }

        public async Task<IReadOnlyList<ImportCounts>> WriteGroupsAsync(
            ImportPhase phase,
            IReadOnlyList<(string Name, SeedEntry[] Entries)> groups,
            int total)
        {
            var counts = new List<ImportCounts>();
            var done = 0;
            foreach (var (name, entries) in groups)
            {
                var created = 0;
                var updated = 0;
                var unchanged = 0;
                foreach (var chunk in entries.Chunk(batchSize))
                {
                    progress?.Report(new ImportProgress(phase, name, done, total));
                    WriteResult result;
                    try
                    {
                        result = await store.WriteAsync(new GraphBatch(chunk.Select(e => e.Write)), cancellationToken);
                    }
                    catch (GraphWriteException e)
                    {
                        Errors.AddRange(e.Errors.Select(error => error.OperationIndex >= 0 && error.OperationIndex < chunk.Length
                            ? chunk[error.OperationIndex].Error(error.Code, error.Message)
                            : new SeedError(chunk[0].File, 0, error.Code, error.Message)));
                        counts.Add(new ImportCounts(name, created, updated, unchanged));
                        return counts;
                    }

                    BatchesCommitted++;
                    created += result.NodesCreated + result.RelationshipsCreated;
                    updated += result.NodesUpdated + result.RelationshipsUpdated;
                    unchanged += result.NodesUnchanged + result.RelationshipsUnchanged;
                    done += chunk.Length;
                }

                counts.Add(new ImportCounts(name, created, updated, unchanged));
                progress?.Report(new ImportProgress(phase, name, done, total));
            }

            return counts;
        }
    }
}
