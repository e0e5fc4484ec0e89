using System.Text.Json.Serialization;
using LawyerWork.Simulators.Control;
using LawyerWork.Simulators.National;
using LawyerWork.Simulators.Webhooks;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LawyerWork.Simulators;

/// <summary>
/// Builds the simulators app: in-process for tests (<see cref="Create"/>), or as its own process
/// (Program.cs). The state lives in singletons the caller reaches through <c>app.Services</c>:
/// <see cref="NationalSimulator"/>, <see cref="WebhookReceivers"/> and <see cref="SimulatorControl"/>.
/// </summary>
public static class SimulatorApp
{
    /// <summary>Where <c>build.ps1 run -WithSimulators</c> and a bare standalone run listen.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>
    /// A built, not started, app listening on <paramref name="url"/> (give a free loopback port; the
    /// caller StartAsync's and DisposeAsync's it). <paramref name="settings"/> are configuration keys
    /// such as <c>Simulator:National:Token</c>; <paramref name="clock"/> drives Slow delays, fault
    /// durations, receipt times and the signature age check (default: the system clock).
    /// </summary>
    public static WebApplication Create(string url, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // In-process the simulators see only the caller's settings: not the test process's environment
        // variables, nor an appsettings.json that another referenced project (the Host) put beside the tests.
        foreach (var source in builder.Configuration.Sources.Where(s => s is FileConfigurationSource or EnvironmentVariablesConfigurationSource).ToList())
        {
            builder.Configuration.Sources.Remove(source);
        }

        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls(url);
        return Build(builder, clock);
    }

    /// <summary>The standalone app: command-line arguments and environment as usual (<c>--urls</c>), <see cref="DefaultUrl"/> otherwise.</summary>
    internal static WebApplication CreateStandalone(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // "Now listening on" is what a developer starting it by hand looks for.
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        return Build(builder, clock: null);
    }

    private static WebApplication Build(WebApplicationBuilder builder, TimeProvider? clock)
    {
        // A default only: a Logging:LogLevel setting still wins. Request lines at Information would drown
        // the output of a test that sends thousands of requests.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton<NationalSimulator>();
        builder.Services.AddSingleton<WebhookReceivers>();
        builder.Services.AddSingleton<SimulatorControl>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        var app = builder.Build();
        // Empty error answers (a body that does not bind, say) still come back as problem details.
        app.UseStatusCodePages();
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapNationalEndpoints();
        app.MapWebhookEndpoints();
        app.MapControlEndpoints();
        // Created now rather than at the first request, so configuration errors fail the start.
        _ = app.Services.GetRequiredService<SimulatorControl>();
        return app;
    }
}
