using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Integration.Dispatch;
using LawyerWork.Modules.Integration.Features;
using LawyerWork.Modules.Integration.National;
using LawyerWork.Modules.Integration.Persistence;
using LawyerWork.Modules.Integration.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Modules.Integration;

/// <summary>
/// Integration (对外接口): every change, as it happened, to the external systems that asked for it —
/// signed webhooks to API clients and the exchange with the national lawyer-management system —
/// with a delivery log, redelivery, and a daily reconciliation with the national side (docs/integration.md).
/// </summary>
public static class IntegrationModule
{
    public const string Schema = "integration";
    public const string Tag = "Integration";

    public static IServiceCollection AddIntegrationModule(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddModuleDbContext<IntegrationDbContext>(Schema);
        var national = configuration.GetSection("Integration:National").Get<NationalOptions>() ?? new NationalOptions();
        services.AddSingleton(national);
        services.AddSingleton(configuration.GetSection("Integration:Delivery").Get<DeliveryOptions>() ?? new DeliveryOptions());
        services.AddSingleton(configuration.GetSection("Integration:Resilience").Get<ResilienceOptions>() ?? new ResilienceOptions());
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddScoped<NationalChanges>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<IDeliveryChannel, WebhookChannel>();
        services.AddScoped<IDeliveryChannel, NationalChannel>();
        services.AddScoped<INationalLawyerSystem, NationalSystemClient>();
        services.AddSingleton<ReconciliationJob>();
        services.AddSingleton<DeliveryCleanup>();

        services.AddHttpClient(WebhookChannel.ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("LawyerWork-Webhooks/1"))
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedConnections.Handler(provider.GetRequiredService<WebhookTargets>()))
            // The factory's request logging writes each URL, and a receiver's URL may carry its token.
            .RemoveAllLoggers()
            .AddOutgoingResilience("webhooks");
        services.AddHttpClient(NationalSystemClient.ClientName, client =>
            {
                if (national.Enabled)
                {
                    client.BaseAddress = new Uri(national.BaseUrl!.EndsWith('/') ? national.BaseUrl : national.BaseUrl + "/");
                }

                if (!string.IsNullOrEmpty(national.Token))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", national.Token);
                }
            })
            .ConfigurePrimaryHttpMessageHandler(() => NationalHandler(national))
            .RemoveAllLoggers()
            .AddOutgoingResilience("national");

        // Every catalogued event fans out to this module's deliveries (EventFanOut<TEvent> per type).
        var register = typeof(IntegrationEventRegistration).GetMethod(nameof(IntegrationEventRegistration.AddIntegrationEventHandler))!;
        foreach (var type in EventCatalogue.Types)
        {
            register.MakeGenericMethod(type, typeof(EventFanOut<>).MakeGenericType(type)).Invoke(null, [services]);
        }

        if (runJobs)
        {
            services.AddHostedService(provider => provider.GetRequiredService<DeliveryDispatcher>());
            services.AddHostedService(provider => provider.GetRequiredService<DeliveryCleanup>());
            if (national.Enabled)
            {
                services.AddHostedService(provider => provider.GetRequiredService<ReconciliationJob>());
            }
        }

        return services;
    }

    public static IEndpointRouteBuilder MapIntegrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var integration = endpoints.MapGroup("/api/integration").WithTags(Tag);
        integration.MapWebhooks();
        integration.MapDeliveries();
        integration.MapNationalExchange();
        return endpoints;
    }

    private static SocketsHttpHandler NationalHandler(NationalOptions national)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(10) };
        if (!string.IsNullOrEmpty(national.ClientCertificatePath))
        {
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12FromFile(national.ClientCertificatePath, national.ClientCertificatePassword)];
        }

        return handler;
    }
}
