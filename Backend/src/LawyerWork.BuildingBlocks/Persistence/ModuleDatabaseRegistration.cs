using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>A module's DbContext type, so the Host can migrate and health-check every module without knowing them.</summary>
public sealed record ModuleDbContextType(Type ContextType, string Schema);

public static class ModuleDatabaseRegistration
{
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
            provider.GetRequiredService<IModuleDatabase>().Configure(options, schema));
        services.AddSingleton(new ModuleDbContextType(typeof(TContext), schema));
        return services;
    }
}
