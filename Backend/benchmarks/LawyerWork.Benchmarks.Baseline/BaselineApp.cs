using System.Security.Cryptography.X509Certificates;

namespace LawyerWork.Benchmarks.Baseline;

/// <summary>
/// The raw baseline: Kestrel, routing and the product's queries over plain ADO.NET, nothing else — no
/// mediator, EF Core, authentication, validation library, audit, outbox, rate limiting or logging of
/// requests. The product's figures divided by these say what the product's machinery costs.
/// </summary>
internal static class BaselineApp
{
    public static WebApplication Create(BaselineOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var certificate = options.CertificatePath is { } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword)
            : null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var url in options.Urls)
            {
                kestrel.Listen(BaselineOptions.LoopbackAddress(url), url.Port, listen =>
                {
                    if (url.Scheme == Uri.UriSchemeHttps)
                    {
                        listen.UseHttps(certificate!);
                    }
                });
            }
        });

        var app = builder.Build();
        var database = new BaselineDatabase(options.Provider, options.ConnectionString);
        var handlers = new RegistryHandlers(database, new RegistrySql(database, options.ScopeRegion is not null), options.ScopeRegion);
        handlers.Map(app);
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            certificate?.Dispose();
        });
        return app;
    }
}
