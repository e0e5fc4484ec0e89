using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.BuildingBlocks.Outbox;

public static class OutboxPermissions
{
    /// <summary>Listing outbox messages, replaying and skipping dead letters.</summary>
    public const string Manage = "outbox.manage";
}

public static class OutboxSetup
{
    public static IServiceCollection AddOutboxDispatch(this IServiceCollection services, IConfiguration configuration, bool runDispatcher)
    {
        services.AddSingleton(configuration.GetSection("Outbox").Get<OutboxOptions>() ?? new OutboxOptions());
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxCleanup>();
        if (runDispatcher)
        {
            services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
            services.AddHostedService(provider => provider.GetRequiredService<OutboxCleanup>());
        }

        return services;
    }

    /// <summary>The context of the module named in a route (its schema), or 404 for a name that has no outbox.</summary>
    internal static ModuleDbContext ModuleContext(this IServiceProvider services, string module)
    {
        var type = services.GetServices<ModuleDbContextType>().FirstOrDefault(m => m.HasOutbox && m.Schema == module)
            ?? throw new NotFoundException("没有该模块的发件箱。", "No module of that name keeps an outbox.");
        return (ModuleDbContext)services.GetRequiredService(type.ContextType);
    }
}
