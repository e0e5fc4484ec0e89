using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>A module's DbContext type, so the Host can migrate and health-check every module without knowing them.</summary>
public sealed record ModuleDbContextType(Type ContextType, string Schema, bool HasOutbox);

public static class ModuleDatabaseRegistration
{
    // hasOutbox: false for a context without outbox, inbox and idempotency tables (the audit trail's).
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema, bool hasOutbox = true)
        where TContext : ModuleDbContext
    {
        // The options depend on singletons only, so they are built once rather than for every request's
        // context (building them was about a tenth of an uncached public look-up's time).
        services.AddDbContext<TContext>(
            (provider, options) => provider.GetRequiredService<IModuleDatabase>().Configure(options, schema),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDbContextType(typeof(TContext), schema, hasOutbox));
        return services;
    }
}
