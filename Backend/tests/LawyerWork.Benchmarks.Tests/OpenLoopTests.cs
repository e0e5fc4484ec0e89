using System.Net;
using System.Net.Sockets;
using LawyerWork.Benchmarks.Load;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Benchmarks.Tests;

/// <summary>
/// The loops against a fake server in this process that answers one request at a time, each after
/// 20 ms: it can serve about 50 requests a second, whatever the number of connections.
/// </summary>
public sealed class OpenLoopTests
{
    private const int ServiceMilliseconds = 20;
    private WebApplication server = null!;
    private Uri address = null!;
    private string requestsFile = null!;

    [OneTimeSetUp]
    public async Task StartSlowServer()
    {
        var port = FreePort();
        address = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address.ToString());
        server = builder.Build();
        var gate = new SemaphoreSlim(1);
        server.MapGet("/slow", async (HttpContext context) =>
        {
            await gate.WaitAsync(context.RequestAborted);
            try
            {
                await Task.Delay(ServiceMilliseconds, context.RequestAborted);
            }
            finally
            {
                gate.Release();
            }

            return "ok";
        });
        server.MapGet("/missing", () => Results.NotFound());
        await server.StartAsync();
        requestsFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "slow-requests.txt");
        await File.WriteAllLinesAsync(requestsFile, ["GET /slow"]);
    }

    [OneTimeTearDown]
    public async Task StopSlowServer() => await server.DisposeAsync();

    [Test]
    public async Task Open_loop_latency_counts_from_the_intended_start_so_it_includes_the_queue()
    {
        // 100 requests a second for a second against a server that manages about 50: the queue grows all
        // the time, and the last request due (at 0.99 s) is answered at about 2 s.
        var settings = Settings(LoadMode.Open) with { Rate = 100, Connections = 8 };
        var report = await OpenLoop.RunAsync(settings, RequestFile.Read(requestsFile, address, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Succeeded, Is.True, string.Join("; ", report.FirstErrors.Select(e => e.Error)));
            Assert.That(report.Requests, Is.InRange(95, 101));
            // Service time alone would be 20 ms, and up to 8 × 20 ms waiting in the server's queue behind
            // the open connections; the rest is queueing in front of it, which only intended-start timing sees.
            Assert.That(report.LatencyMs.Max, Is.GreaterThan(700), "the last requests waited about a second");
            Assert.That(report.LatencyMs.P50, Is.GreaterThan(300));
            Assert.That(report.LatencyMs.P50, Is.LessThan(report.LatencyMs.P99));
        });
    }

    [Test]
    public async Task Closed_loop_on_the_same_server_sees_only_service_times()
    {
        var settings = Settings(LoadMode.Closed) with { Connections = 1 };
        var report = await ClosedLoop.RunAsync(settings, RequestFile.Read(requestsFile, address, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Succeeded, Is.True);
            Assert.That(report.Requests, Is.InRange(20, 55));
            Assert.That(report.LatencyMs.P50, Is.InRange(ServiceMilliseconds, 200), "one worker never queues behind itself");
            Assert.That(report.Throughput, Is.InRange(20, 55));
        });
    }

    [Test]
    public async Task Requests_beyond_the_in_flight_cap_are_dropped_and_fail_the_run()
    {
        var settings = Settings(LoadMode.Open) with { Rate = 200, MaxInFlight = 4, Duration = TimeSpan.FromSeconds(0.5) };
        var report = await OpenLoop.RunAsync(settings, RequestFile.Read(requestsFile, address, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Dropped, Is.GreaterThan(50));
            Assert.That(report.Succeeded, Is.False);
            Assert.That(report.FirstErrors[0].Error, Does.Contain("in-flight cap"));
        });
    }

    [Test]
    public async Task A_non_2xx_answer_is_reported_with_its_status_and_path_and_fails_the_run()
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "missing-requests.txt");
        await File.WriteAllLinesAsync(file, ["GET /missing"]);
        var settings = Settings(LoadMode.Closed) with { Connections = 2, Duration = TimeSpan.FromSeconds(0.3) };
        var report = await ClosedLoop.RunAsync(settings, RequestFile.Read(file, address, []), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Succeeded, Is.False);
            Assert.That(report.Non2xx, Is.EqualTo(report.Requests).And.GreaterThan(0));
            Assert.That(report.Statuses.Keys, Is.EqualTo(new[] { "404" }));
            Assert.That(report.FirstErrors[0], Has.Property("Status").EqualTo(404).And.Property("Path").EqualTo("/missing"));
        });
    }

    private LoadSettings Settings(LoadMode mode) => new()
    {
        Mode = mode,
        BaseAddress = address,
        Duration = TimeSpan.FromSeconds(1),
        Warmup = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
