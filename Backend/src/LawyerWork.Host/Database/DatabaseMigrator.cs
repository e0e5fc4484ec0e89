using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Host.Database;

/// <summary>
/// Brings every module's schema up to date when the host starts (<c>Database:MigrateOnStart</c>,
/// on by default for the embedded database). A hosted service, not code in Program, so that the
/// OpenAPI and EF tools, which build the host without starting it, never touch a database.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await MigrateAsync(scopes, logger, cancellationToken);
        }

        // A small demo register on a developer's first start (DemoData:Lawyers in appsettings.Development.json).
        var demoLawyers = configuration.GetValue("DemoData:Lawyers", 0);
        if (demoLawyers > 0 && environment.IsDevelopment())
        {
            await SeedDemoDataAsync(scopes, demoLawyers, logger, cancellationToken);
        }
    }

    public static async Task SeedDemoDataAsync(IServiceScopeFactory scopes, int lawyers, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.SeedDemoRegisterAsync(lawyers, progress => LogDemoProgress(logger, progress), cancellationToken);
        if (seeded is { } counts)
        {
            LogDemoSeeded(logger, counts.Firms, counts.Lawyers);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo register: {Progress}")]
    private static partial void LogDemoProgress(ILogger logger, string progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo register seeded: {Firms} firms, {Lawyers} lawyers")]
    private static partial void LogDemoSeeded(ILogger logger, int firms, int lawyers);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContextType>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, module.Schema, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema}: applied {Count} migration(s)")]
    private static partial void LogMigrated(ILogger logger, string schema, int count);
}
