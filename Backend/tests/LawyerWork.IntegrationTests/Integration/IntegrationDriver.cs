using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Simulators;
using LawyerWork.Simulators.National;
using LawyerWork.Simulators.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Integration;

/// <summary>
/// The external systems (the simulators app, in this test process on a free loopback port: it
/// outlives any host the test kills) and a host wired to them: the national exchange pointed at the
/// simulator, its loopback origin on <c>Webhooks:AllowedTargets</c>, and short timeouts, retries and
/// breaks so that failures play out in seconds.
/// </summary>
public sealed class ExternalSystems : IAsyncDisposable
{
    public const string Token = NationalSimulator.DefaultToken;

    private ExternalSystems(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public NationalSimulator National => App.Services.GetRequiredService<NationalSimulator>();

    public WebhookReceivers Webhooks => App.Services.GetRequiredService<WebhookReceivers>();

    public static async Task<ExternalSystems> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var app = SimulatorApp.Create(address.ToString().TrimEnd('/'));
        await app.StartAsync();
        return new ExternalSystems(app, address);
    }

    public string ReceiverUrl(string name) => new Uri(Address, "webhooks/" + name).ToString();

    /// <summary>What a host needs to reach these systems, fast-failing; <paramref name="overrides"/> win.</summary>
    public Dictionary<string, string?> HostSettings(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Integration:National:BaseUrl"] = new Uri(Address, "national/").ToString(),
            ["Integration:National:Token"] = Token,
            ["Webhooks:AllowedTargets:0"] = Address.ToString().TrimEnd('/'),
            ["Integration:Resilience:AttemptTimeoutSeconds"] = "3",
            ["Integration:Resilience:TotalTimeoutSeconds"] = "10",
            ["Integration:Resilience:RetryAttempts"] = "1",
            ["Integration:Resilience:RetryBaseDelayMilliseconds"] = "10",
            ["Integration:Resilience:BreakerMinimumThroughput"] = "2",
            ["Integration:Resilience:BreakerSamplingSeconds"] = "10",
            ["Integration:Resilience:BreakerBreakSeconds"] = "1",
            ["Integration:Delivery:RetryBaseDelayMilliseconds"] = "100",
            ["Integration:Delivery:RetryMaxDelaySeconds"] = "2",
            ["Integration:Delivery:MaxAttempts"] = "5",
            ["Integration:Delivery:PollIntervalMilliseconds"] = "50",
            ["Outbox:PollIntervalMilliseconds"] = "50",
            ["Outbox:RetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>An in-process host wired to <see cref="ExternalSystems"/>, with an administrator's calls and the passes tests drive.</summary>
public sealed class IntegrationDriver : IAsyncDisposable
{
    public const string Admin = Roles.SystemAdministrator;

    private IntegrationDriver(ExternalSystems external, LawyerWorkFactory factory, FakeTimeProvider? clock)
    {
        External = external;
        Factory = factory;
        Clock = clock;
        Client = factory.CreateClient();
        Samples = new Registry.RegistrySamples(Client);
    }

    public ExternalSystems External { get; }

    public LawyerWorkFactory Factory { get; }

    public HttpClient Client { get; }

    public Registry.RegistrySamples Samples { get; }

    /// <summary>The host's clock, when the test turns it (retry schedules follow it; Polly's short waits are real time).</summary>
    public FakeTimeProvider? Clock { get; }

    public static async Task<IntegrationDriver> StartAsync(
        IDictionary<string, string?>? overrides = null, FakeTimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var external = await ExternalSystems.StartAsync();
        var factory = new LawyerWorkFactory(
            settings: external.HostSettings(overrides),
            services: registrations =>
            {
                if (clock is not null)
                {
                    registrations.AddSingleton<TimeProvider>(clock);
                }

                services?.Invoke(registrations);
            });
        return new IntegrationDriver(external, factory, clock);
    }

    /// <summary>An API client subscribed to <paramref name="types"/> at the simulator's receiver <paramref name="receiver"/>, which knows the secret.</summary>
    public async Task<(Guid Id, string Secret)> SubscribeAsync(string receiver, params string[] types)
    {
        var registered = await (await Client.SendAsync(Post("/api/access/clients",
            new { displayName = "接收系统" + receiver, scopes = new[] { "registry.read" }, dataScope = "region:220000" }, Province, Admin))).AssertCreatedJsonAsync();
        var clientId = registered.GetProperty("client").GetProperty("clientId").GetString()!;
        var created = await (await Client.SendAsync(Post("/api/integration/webhooks",
            new { clientId, url = External.ReceiverUrl(receiver), eventTypes = types, description = "测试订阅" }, Province, Admin))).AssertCreatedJsonAsync();
        var secret = created.GetProperty("secret").GetString()!;
        External.Webhooks.Configure(receiver, secret, toleranceSeconds: Clock is null ? 300 : 0);
        return (created.GetProperty("subscription").GetProperty("id").GetGuid(), secret);
    }

    public async Task<List<JsonElement>> DeliveriesAsync(string query)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await Client.SendAsync(Get($"/api/integration/deliveries?pageSize=100&{query}" + (cursor is null ? "&cursor=" : "&cursor=" + Uri.EscapeDataString(cursor)), Province, Admin))).AssertOkJsonAsync();
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.GetProperty("nextCursor").GetString() : null;
        }
        while (cursor is not null);
        return items;
    }

    /// <summary>
    /// Drives the outbox and delivery passes (besides the host's own loops), turning the clock by
    /// <paramref name="turn"/> each round when it is fake, until the condition holds.
    /// </summary>
    public async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? turn = null, int seconds = 60)
    {
        var outbox = Factory.Services.GetRequiredService<OutboxDispatcher>();
        var deliveries = Factory.Services.GetRequiredService<DeliveryDispatcher>();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await outbox.DispatchPendingAsync(CancellationToken.None);
            await deliveries.DispatchPendingAsync(CancellationToken.None);
            if (Clock is not null && turn is { } by)
            {
                Clock.Advance(by);
            }

            await Task.Delay(25);
        }

        Assert.Fail("Timed out waiting until " + what);
    }

    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await External.DisposeAsync();
    }
}
