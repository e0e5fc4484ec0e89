using LawyerWork.Access.Accounts;
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
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await MigrateAsync(scopes, logger, cancellationToken);
        }

        // The first administrator from configuration (e.g. environment variables of a first deployment).
        if (configuration["Access:InitialAdministrator:UserName"] is { Length: > 0 } adminName)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.AnyAccountAsync())
            {
                var admin = await scope.ServiceProvider.CreateAdministratorAsync(adminName, configuration["Access:InitialAdministrator:Password"], clock);
                if (admin is not null)
                {
                    LogInitialAdministrator(logger, admin.UserName);
                }
            }
        }

        // A small demo register on a developer's first start (DemoData:Lawyers in appsettings.Development.json).
        var demoLawyers = configuration.GetValue("DemoData:Lawyers", 0);
        if (demoLawyers > 0 && environment.IsDevelopment())
        {
            await SeedDemoDataAsync(scopes, demoLawyers, logger, clock, cancellationToken);
        }
    }

    public static async Task SeedDemoDataAsync(IServiceScopeFactory scopes, int lawyers, ILogger logger, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.SeedDemoRegisterAsync(lawyers, progress => LogDemoProgress(logger, progress), cancellationToken);
        if (seeded is null)
        {
            return;
        }

        LogDemoSeeded(logger, seeded.Firms, seeded.Lawyers);
        var accounts = await scope.ServiceProvider.CreateDemoAccountsAsync(seeded.Prefectures, seeded.SampleFirms, seeded.SampleLawyers, clock);
        PrintOnce(accounts);
    }

    /// <summary>
    /// Demo passwords go to the console once, for the person who ran the command, and never through
    /// the logger (whose output is kept and shipped).
    /// </summary>
    public static void PrintOnce(IReadOnlyList<IssuedAccount> accounts)
    {
        if (accounts.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("Demo accounts (passwords are shown only now; only their hashes are stored):");
        foreach (var account in accounts)
        {
            Console.WriteLine($"  {account.UserName,-32} {account.Role,-22} {account.DataScope,-48} {account.Password}");
        }

        Console.WriteLine();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Initial administrator {UserName} created from configuration")]
    private static partial void LogInitialAdministrator(ILogger logger, string userName);

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
