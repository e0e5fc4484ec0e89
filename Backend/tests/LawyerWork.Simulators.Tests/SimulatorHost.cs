using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LawyerWork.Simulators;
using LawyerWork.Simulators.Control;
using LawyerWork.Simulators.National;
using LawyerWork.Simulators.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Simulators.Tests;

/// <summary>
/// The simulators app started in the test process on a free loopback port, as the product's fault
/// tests start it, with a client that speaks to it over real HTTP.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string Token = "simulator-token";

    private SimulatorHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public NationalSimulator National => App.Services.GetRequiredService<NationalSimulator>();

    public WebhookReceivers Webhooks => App.Services.GetRequiredService<WebhookReceivers>();

    public static async Task<SimulatorHost> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var app = SimulatorApp.Create(address.ToString().TrimEnd('/'), settings, clock);
        await app.StartAsync();
        return new SimulatorHost(app, address);
    }

    public void Reset() => App.Services.GetRequiredService<SimulatorControl>().Reset();

    /// <summary>A valid change body; pass replacements to break or vary it.</summary>
    public static Dictionary<string, object?> Change(Guid? eventId = null, string occurredAt = "2025-03-01T09:30:00+08:00") => new()
    {
        ["schemaVersion"] = 1,
        ["eventId"] = (eventId ?? Guid.NewGuid()).ToString(),
        ["kind"] = "Lawyer",
        ["subjectId"] = Guid.NewGuid().ToString(),
        ["change"] = "Registered",
        ["occurredAt"] = occurredAt,
        ["data"] = new { name = "张三", licenceNumber = "12201201910123456" },
    };

    public Task<HttpResponseMessage> PostChangeAsync(object body, string? authorization = "Bearer " + Token, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/national/api/v1/changes") { Content = Json(body) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> GetNationalAsync(string pathAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/national/api/v1/" + pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return Client.SendAsync(request);
    }

    public static Dictionary<string, object?> Envelope(Guid? id = null, string type = "FirmRegistered") => new()
    {
        ["id"] = (id ?? Guid.NewGuid()).ToString(),
        ["type"] = type,
        ["occurredAt"] = "2025-03-01T01:30:00+00:00",
        ["schemaVersion"] = 1,
        ["aggregateId"] = Guid.NewGuid().ToString(),
        ["data"] = new { name = "吉林某某律师事务所" },
    };

    /// <summary>A delivery with the contract's headers, signed with <paramref name="secret"/> unless a signature header is given.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string receiver, string secret, Dictionary<string, object?> envelope, long? timestamp = null, string? signature = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope);
        var t = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{receiver}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("LawyerWork-Signature", signature ?? $"t={t},v1={Signature(secret, t, envelope)}");
        request.Headers.Add("LawyerWork-Event-Id", (string)envelope["id"]!);
        request.Headers.Add("LawyerWork-Event-Type", (string)envelope["type"]!);
        return Client.SendAsync(request);
    }

    /// <summary>
    /// The v1 signature of the envelope's JSON as the contract defines it, computed here independently
    /// of the simulator's code: lowercase hex HMAC-SHA256(secret, "&lt;t&gt;." + body).
    /// </summary>
    public static string Signature(string secret, long timestamp, Dictionary<string, object?> envelope)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".")
            .Concat(JsonSerializer.SerializeToUtf8Bytes(envelope)).ToArray();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    public Task<HttpResponseMessage> PutControlAsync(string path, object body) => Client.PutAsync("/_control/" + path, Json(body));

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await ReadJsonAsync(response);
        return problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();
    }

    /// <summary>Waits until the condition holds (a request reached the simulator, say), failing after a while.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
