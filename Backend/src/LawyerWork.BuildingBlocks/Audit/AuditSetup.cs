using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.BuildingBlocks.Audit;

public static class AuditPermissions
{
    /// <summary>Reading and exporting audit records.</summary>
    public const string Read = "audit.read";

    /// <summary>Running the chain verification.</summary>
    public const string Verify = "audit.verify";
}

public static class AuditSetup
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration, bool runSealer)
    {
        var options = configuration.GetSection("Audit").Get<AuditOptions>() ?? new AuditOptions();
        services.AddSingleton(options);
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.Schema, hasOutbox: false);
        services.AddScoped<AuditActor>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton<AuditSealer>();
        if (runSealer)
        {
            services.AddHostedService(provider => provider.GetRequiredService<AuditSealer>());
        }

        return services;
    }
}
