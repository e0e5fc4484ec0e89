using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>
/// The host as its own operating-system process on a loopback port (as behind a load balancer),
/// with the test keys of <see cref="LawyerWorkFactory"/> and the given database. Its console is
/// captured line by line; disposing kills it.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>The host's build beside this test build (same configuration), run from its own folder.</summary>
    public static string HostDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepositoryFiles.Root, "Backend/src/LawyerWork.Host/bin", configuration, "net10.0/LawyerWork.Host.dll");
        }
    }

    public static async Task<HostProcess> StartAsync(TestDatabase database, string checkpointFolder, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = database.Provider.ToString(),
            ["ConnectionStrings__LawyerWork"] = database.ConnectionString,
            ["Access__PasswordHashIterations"] = "1000",
            ["Access__Tokens__SigningKey"] = LawyerWorkFactory.TestSigningKey,
            ["Access__Tokens__EncryptionKey"] = LawyerWorkFactory.TestEncryptionKey,
            ["Audit__SealKeys__test-1"] = LawyerWorkFactory.TestSealKey,
            ["Audit__CurrentSealKeyId"] = "test-1",
            ["Audit__CheckpointSigningKey"] = LawyerWorkFactory.TestCheckpointKey,
            ["Audit__CheckpointFolder"] = checkpointFolder,
            ["RateLimits__sign-in"] = "10000",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        host.process.OutputDataReceived += (_, e) => host.Capture(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Capture(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync();
        return host;
    }

    public HttpClient Client() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Address };

    private void Capture(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{string.Join('\n', Output.TakeLast(40))}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer while migrating.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host at {Address} was not ready in 60 s:\n{string.Join('\n', Output.TakeLast(40))}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }
}
