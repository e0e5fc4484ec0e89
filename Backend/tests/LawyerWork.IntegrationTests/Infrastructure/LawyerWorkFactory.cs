using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>
/// The real host (its Program, middleware and modules) on a fresh database per factory (SQLite, or
/// PostgreSQL when the suite runs on the test server: <see cref="TestDatabase"/>), in the Testing environment where the header test scheme is on. Log lines are captured so tests can
/// check what is, and is not, written.
/// </summary>
public sealed class LawyerWorkFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "lawyerwork-tests", Guid.NewGuid().ToString("N"));
    private readonly string environment;
    private readonly Dictionary<string, string?> settings;

    private readonly TestDatabase? ownDatabase;

    private readonly Action<IServiceCollection>? services;

    /// <param name="sameDatabaseAs">Another factory whose database this host shares (two hosts, one database).</param>
    /// <param name="services">Extra registrations, e.g. an integration-event subscriber the test observes.</param>
    public LawyerWorkFactory(
        string environment = "Testing",
        IDictionary<string, string?>? settings = null,
        LawyerWorkFactory? sameDatabaseAs = null,
        Action<IServiceCollection>? services = null)
    {
        this.environment = environment;
        this.services = services;
        Directory.CreateDirectory(directory);
        ownDatabase = sameDatabaseAs is null ? TestDatabase.Create(directory) : null;
        Database = sameDatabaseAs?.Database ?? ownDatabase!;
        this.settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:LawyerWork"] = Database.ConnectionString,
            ["Access:PasswordHashIterations"] = "1000",
            ["Access:Tokens:SigningKey"] = TestSigningKey,
            ["Access:Tokens:EncryptionKey"] = TestEncryptionKey,

            ["Audit:SealKeys:test-1"] = TestSealKey,
            ["Audit:CurrentSealKeyId"] = "test-1",
            ["Audit:CheckpointSigningKey"] = TestCheckpointKey,
            ["Audit:CheckpointFolder"] = Path.Combine(directory, "checkpoints"),

            // The background pass runs once at start; tests seal when they need to.
            ["Audit:SealIntervalSeconds"] = "3600",

            // Fixtures share one host across many sign-ins; the limits themselves have their own tests.
            ["RateLimits:sign-in"] = "10000",
            ["RateLimits:public-look-up"] = "10000",
            ["RateLimits:token"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    // Fixed test keys: tokens need no per-run key generation (which costs seconds) and stay reproducible.
    public const string TestSigningKey = "MIIEogIBAAKCAQEAmfRrcfRIFRq74sPc9d31KCEN7QhgJypopqFXSrbLerniJQfLdMPIzDX+n4V/+uGKiZlPYQIYw2OqcgxjkXCZZ2drz3KPfzAwrs7Msw1CTQgLtFS3Y35EwnXi2qr49JlGy/EY1kdpkCt2a13AuJCbx5l7naNRCgLisKX921/pF1YoZDkTsQ6xhkaRWMG1yp7n8vcu61fy/zm6znYAwDYQlR6Xp67Xc69lgMxkuBCxyDa7QCLK4i4GGmo42DcMV2tq8YKvgWOv693+LsIMuWMGpMlLeoMxP7LRca8OhuadYapR9HtkIH7k25ukyVJ1TZ2f2IneJHhpDx0hMNOIVqcBNwIDAQABAoIBAAHv1cQ2vwto7TEypp5/PtzU4aB4SQFlIrDp+beqag/us74khXZAGlAbY8ss+km1ObF2eM2vIZGfuN67cis7v+pRnkUbW1vNxucEGgYspgdjEQahRDdfuMy7f/GhUgV9wirBqz7S4iyap2A9azXHN/aAY1I94kCefaycQf/XCo8tFNAJV+VYvMrM/Wb5sR0MLJmFUaCH1VM15feywRxEEPnkofjIXmXsQnQF/inn4Z2+V7QD+1J2YdShmJea5PZAoTWmK9JqZ0m/eH9Le9K6kUAQr92E8+8eZgV6jiVHSa00TdqngIYZTtL6hiXiSa4X5u+1lY2RKcmMPe7Div7h7RECgYEAz0QXMeDnSeLehedu1/gMWt85tpjCobyUFzASM2FV2ejaEGrW0rs+eSTFwba3S88xQ3jaoGnRI8GVjqUK7YdxOVvWDNAlPxB8qsDLjdPg1YHd6tNJA24yc8l+KDnLPoibFT5mvDSfvRGFqd9URUA7ti2tQEiPS8ExXXUV9UwWGbECgYEAvidhZgX7lR0ICjYlWhmV67dk7yHZNF781PTysAXdf85jTxCl+SRJr0KVGBeJDUnqyD1dy6HnvO276VKJPzaQ8u8iAptwhZzkHy8/4+U7aA1cG4E/oIXLJpU6LP1U00jXpB4j0JB7+jamUbmTg5x+UEAL4pX7okjJ7VZfajwdG2cCgYAGUz2h+AsW5iWEUJvBW4CFBWrtd5v485hRXNYxWzcTf1eoSJpls/EkIUsnrjvJxHjsZjPF0XTgcnft8nty5D9AUN0nZvK8CfTEAT41BdJGsb/j+q6vvB0uC2geMiVRszmIXG8mLzTwwCgkFvyrYFpyJNK0s4Ir/alUAM66vaevAQKBgC5xoelwVqVyBM+xr+fUzfhXv9BkfQ+8j5ZYCZqSpCoeN8VM9KzofxLOeWn7/Z6ASlcEHg+piNdtXXM8lIcbBcZAQBdQ7efEjTdMrBc2mw7sDG4vYGINq7PNyPrKGVjNttXAAtFjKNTRWkglwnDn3TYunniGV4KosqFEcmOZMSbLAoGAIZwQVrHtddoiB8Km8kkMi7qx9Ecxk6dMk7t2Zvim1YY9lf9KJZHrNijTryGctZ2B26SxzqXIj9K1kmPZcvQSfgln0nybY02tcko7vrg5o1bPl1YLSjN0RVpMDEFsa0psLmP/fC+BFQwuKiQ+Ug0Wco1xH21EjO0jpXF35jclw+o=";
    public const string TestEncryptionKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const string TestSealKey = "/SjIb7CbhFdoqX7pc6y67ecCEVro2udlg8N1nLKJs9o=";
    public const string TestCheckpointKey = "MHcCAQEEIJNktyJ7o0wFCCbB3ujgiDWZjYJuvHhuhIF40kRZbCBUoAoGCCqGSM49AwEHoUQDQgAEVorLiWhHAfU8FbrMe5/UHmpgsUJ/Ec7GkeZ6ZX7HpCzmFs5+hT0sVvsuy+mxv2mtgJvK1TmRdx+TII0C3kNtmQ==";

    public TestDatabase Database { get; }

    public string WorkDirectory => directory;

    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(LogLines));
            collection.AddSingleton<IStartupFilter, LoopbackPeer>();
            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        ownDatabase?.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finaliser; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>The test server has no socket, so no peer address; a real one always has, and rate limits key on it.</summary>
    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}{(System.Diagnostics.Activity.Current is { } activity ? $" [trace {activity.TraceId}]" : "")}");
    }
}
