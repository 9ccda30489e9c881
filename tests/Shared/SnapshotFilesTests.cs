using System.Reflection;

namespace CoopGraph.Tests.Shared;

/// <summary>
/// Linked into every test project. CI runs with Snapshooter's strict mode, so a missing snapshot fails; this test covers the
/// other way round: a snapshot file left behind by a renamed or removed test would never be compared again, and a
/// mismatch folder means a comparison failed and its output was left in the tree.
/// </summary>
public sealed class SnapshotFilesTests
{
    private static readonly Assembly Tests = typeof(SnapshotFilesTests).Assembly;

    [Fact]
    public void Every_snapshot_file_belongs_to_a_test_of_this_project()
    {
        // Snapshooter names a file Class.Method.snap, or Class.Method_extension.snap when the test passes a name extension.
        var names = Tests.GetTypes()
            .SelectMany(type => type.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()), (type, method) => $"{type.Name}.{method.Name}")
            .ToHashSet(StringComparer.Ordinal);
        var orphans = SnapshotFiles("__snapshots__")
            .Select(file => Path.GetRelativePath(ProjectFolder, file))
            .Where(file => !IsClaimed(Path.GetFileNameWithoutExtension(file), names))
            .ToList();
        Assert.True(orphans.Count == 0, "Snapshot files that no test of this project writes (remove them, or rename them with their test): " + string.Join(", ", orphans));
    }

    [Fact]
    public void No_mismatch_output_is_left_in_the_tree()
    {
        var left = SnapshotFiles("__mismatch__").Select(file => Path.GetRelativePath(ProjectFolder, file)).ToList();
        Assert.True(left.Count == 0, "Output of failed snapshot comparisons: " + string.Join(", ", left));
    }

    private static string ProjectFolder => RepositoryPaths.TestProject(Tests.GetName().Name!);

    private static IEnumerable<string> SnapshotFiles(string folderName) =>
        Directory.EnumerateDirectories(ProjectFolder, folderName, SearchOption.AllDirectories)
            .Where(folder => !IsBuildOutput(folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.snap"));

    private static bool IsBuildOutput(string folder)
    {
        var parts = Path.GetRelativePath(ProjectFolder, folder).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("node_modules");
    }

    private static bool IsClaimed(string snapshot, HashSet<string> tests)
    {
        if (tests.Contains(snapshot))
        {
            return true;
        }

        for (var cut = snapshot.LastIndexOf('_'); cut > 0; cut = snapshot.LastIndexOf('_', cut - 1))
        {
            if (tests.Contains(snapshot[..cut]))
            {
                return true;
            }
        }

        return false;
    }
}
