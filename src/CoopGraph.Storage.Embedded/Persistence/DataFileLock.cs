using System.Globalization;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// One writer per data file, across processes: an exclusive lock on <c>&lt;file&gt;.lock</c>, held for the store's life.
/// </summary>
/// <remarks>
/// A lock file rather than SQLite's own locking: SQLite's exclusive mode would shut out the read-only tools (export)
/// as well, is only taken at the first write, and answers a contender with a bare "database is locked". On Unix .NET
/// takes <c>flock(LOCK_EX | LOCK_NB)</c> for <see cref="FileShare.None"/>, and the kernel drops it when the holder
/// dies, even by SIGKILL, so a crash never leaves a stale lock. The lock itself cannot be read by another .NET process
/// while held, so who holds it is written beside it in <c>&lt;file&gt;.lock.holder</c>, read only when the lock is refused.
/// </remarks>
internal sealed class DataFileLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _holderPath;

    private DataFileLock(FileStream @lock, string holderPath)
    {
        _lock = @lock;
        _holderPath = holderPath;
    }

    /// <exception cref="DataFileException">Another process holds the file.</exception>
    public static DataFileLock Acquire(string dataPath)
    {
        var lockPath = dataPath + ".lock";
        var holderPath = lockPath + ".holder";
        if (Path.GetDirectoryName(Path.GetFullPath(dataPath)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            throw new DataFileException(
                $"The data file {dataPath} is in use by {ReadHolder(holderPath)}; only one server or writing command may use a data file at a time. "
                + "Stop that process, or give this one another file with --data.");
        }

        File.WriteAllText(holderPath, Describe());
        return new DataFileLock(stream, holderPath);
    }

    public void Dispose()
    {
        // The holder note goes first: once the lock is released another process may write its own.
        TryDelete(_holderPath);
        _lock.Dispose();
    }

    private static string Describe()
    {
        var command = string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Prepend("coopgraph"));
        var since = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"process {Environment.ProcessId} ({command}) on {Environment.MachineName}, since {since}";
    }

    private static string ReadHolder(string holderPath)
    {
        try
        {
            return File.ReadAllText(holderPath).Trim() is { Length: > 0 } holder ? holder : "another process";
        }
        catch (IOException)
        {
            // The holder has just started (its note is not written yet) or just stopped.
            return "another process";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A note left behind is harmless: it is read only while the lock is held, and every holder rewrites it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
