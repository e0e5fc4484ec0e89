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
        services.AddDbContext<TContext>((provider, options) =>
            provider.GetRequiredService<IModuleDatabase>().Configure(options, schema));
        services.AddSingleton(new ModuleDbContextType(typeof(TContext), schema, hasOutbox));
        return services;
    }
}
