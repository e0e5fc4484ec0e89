using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>A server under measurement (the product's host or the baseline) as its own process on a loopback port.</summary>
public sealed class BenchProcess : IAsyncDisposable
{
    private readonly Process process;

    private BenchProcess(Process process, Uri address, TimeSpan startup)
    {
        this.process = process;
        Address = address;
        Startup = startup;
    }

    public Uri Address { get; }

    /// <summary>From process start to the first 2xx of its readiness path.</summary>
    public TimeSpan Startup { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public int Id => process.Id;

    /// <summary>Resident memory now (Linux /proc), the working set the export target is about.</summary>
    public long ResidentBytes()
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    public static async Task<BenchProcess> StartAsync(string dll, IEnumerable<string> arguments, IDictionary<string, string> environment, string readyPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"https://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"https://127.0.0.1:{port}");
        using var client = Loopback.Client(address, TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}:\n{string.Join('\n', output.TakeLast(30))}");
            }

            try
            {
                var answer = await client.GetAsync(readyPath);
                if (answer.IsSuccessStatusCode)
                {
                    break;
                }

                // Listening, but the readiness request itself is wrong: waiting would not help.
                if ((int)answer.StatusCode is >= 400 and < 500 and not 404)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(dll)} answered {(int)answer.StatusCode} to {readyPath}.");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Path.GetFileName(dll)} was not ready in 10 minutes.");
            }

            await Task.Delay(50);
        }

        var started = new BenchProcess(process, address, watch.Elapsed);
        foreach (var line in output)
        {
            started.Output.Enqueue(line);
        }

        return started;
    }

    /// <summary>Runs a tool process to its end (the host's --seed-demo, the load generator), returning its output; throws on a non-zero exit unless allowed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string dll, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>An https client for the loopback servers, which present the run's self-signed certificate.</summary>
public static class Loopback
{
    public static HttpClient Client(Uri address, TimeSpan timeout, System.Net.CookieContainer? cookies = null) => new(new SocketsHttpHandler
    {
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new System.Net.CookieContainer(),
        // Only ever 127.0.0.1 with the certificate this run made: there is no one in between to trust or not.
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    {
        BaseAddress = address,
        Timeout = timeout,
    };
}
