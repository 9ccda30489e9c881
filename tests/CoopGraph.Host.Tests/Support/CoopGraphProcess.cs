using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoopGraph.Host.Tests.Support;

/// <summary>
/// <c>coopgraph</c> as a process of its own (the build beside the tests), for faults one process cannot show:
/// two writers on one file, a kill at any point. Output is collected as it comes, so a killed process keeps what it printed.
/// </summary>
internal sealed class CoopGraphProcess : IDisposable
{
    /// <summary>Bounds only a process that hangs, so a broken build fails the run instead of stalling it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CoopGraphProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Standard output and error as one text, in the order the lines arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static CoopGraphProcess Start(params string[] args) => StartWith(null, args);

    /// <summary>Starts a command with extra environment variables (such as the editor keys a writing test needs).</summary>
    public static CoopGraphProcess StartWith(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coopgraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CoopGraphProcess(Process.Start(start)!);
    }

    /// <summary>Runs a command to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var exitCode = await process.WaitForExitAsync();
        return (exitCode, process.Output);
    }

    /// <summary>A server on a free loopback port over the data file; returns once <c>/readyz</c> answers 200.</summary>
    public static async Task<(CoopGraphProcess Server, Uri Address)> StartServerAsync(string dataPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = StartWith(environment, "serve", "--data", dataPath, "--urls", address.ToString());
        using var client = new HttpClient { BaseAddress = address };
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException("The server stopped before it was ready: " + server.Output);
            }

            try
            {
                using var response = await client.GetAsync("/readyz", timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (server, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);

        // The parameterless wait also drains the redirected output.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the OOM killer would end it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync();
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

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
