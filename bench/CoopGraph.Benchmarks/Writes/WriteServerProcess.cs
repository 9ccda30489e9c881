using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CoopGraph.Benchmarks.Writes;

/// <summary>
/// The real server (<c>coopgraph serve</c>, the build beside the benchmarks) on a data file, pinned to CPU 0 while the
/// clients and the control run on CPU 1. Optionally under strace counting fsync/fdatasync, to see how many writes one
/// fsync covered (strace slows every traced call, so that run is a profile, not a measurement).
/// </summary>
internal sealed class WriteServerProcess : IDisposable
{
    public const string EditorKey = "bench-editor";

    private readonly Process _process;
    private readonly string? _fsyncLog;

    private WriteServerProcess(Process process, Uri address, string? fsyncLog)
    {
        _process = process;
        Address = address;
        _fsyncLog = fsyncLog;
    }

    public Uri Address { get; }

    /// <summary>fsync and fdatasync calls the server made so far, when started with an fsync log; else null.</summary>
    public long? Fsyncs => _fsyncLog is null || !File.Exists(_fsyncLog)
        ? null
        : File.ReadLines(_fsyncLog).LongCount(l => l.Contains("fsync(", StringComparison.Ordinal) || l.Contains("fdatasync(", StringComparison.Ordinal));

    public static async Task<WriteServerProcess> StartAsync(string dataPath, string? fsyncLog)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = Path.Combine(AppContext.BaseDirectory, "coopgraph.dll");
        var traced = fsyncLog is null ? [] : (string[])["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=fsync,fdatasync", "-e", "signal=none", "-o", fsyncLog];
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "0", .. traced, "dotnet", server, "serve", "--data", dataPath, "--urls", address.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["COOPGRAPH_EDITOR_KEYS"] = EditorKey;
        // The benchmark measures the write path, not the rate limiter that protects it.
        start.Environment["CoopGraph__Auth__RateLimit__PermitsPerWindow"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start)!;
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new WriteServerProcess(process, address, fsyncLog);
        await started.WaitUntilReadyAsync();
        return started;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({_process.ExitCode.ToString(CultureInfo.InvariantCulture)}) before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The server did not become ready.");
    }
}
