using LawyerWork.BuildingBlocks.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.BuildingBlocks.Leases;

/// <summary>
/// A periodic background job that runs on one host at a time: every host runs the loop, each pass
/// first takes the job's lease (held for one interval), and what the pass changes is audited as
/// <c>system:{job}</c>. A failed pass is logged and the next one retries.
/// </summary>
public abstract partial class LeasedJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name, also the audit actor's (<c>system:{Job}</c>).</summary>
    public abstract string Job { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>The use case named in the audit records of what a pass changes.</summary>
    protected abstract string Operation { get; }

    // The lease keeps other hosts out; this keeps this host's own overlapping passes out (the timer's
    // pass and one started by hand, by a tool or a test), which share the lease's owner name.
    private readonly SemaphoreSlim passes = new(1, 1);

    /// <summary>The name this host holds the lease under; a second instance with another name simulates a second host.</summary>
    public string Owner { get; init; } = Leases.ThisHost;

    protected TimeProvider Clock => clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e, Job);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: how many records it changed, or null when another host holds the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await passes.WaitAsync(cancellationToken);
        try
        {
            return await PassAsync(cancellationToken);
        }
        finally
        {
            passes.Release();
        }
    }

    private async Task<int?> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases.TryAcquireAsync(Job, Owner, Interval, clock, cancellationToken))
        {
            return null;
        }

        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        actor.SystemJob = Job;
        actor.Operation = Operation;
        var changed = await RunAsync(scope.ServiceProvider, cancellationToken);
        if (changed > 0)
        {
            LogPassDone(logger, Job, changed);
        }

        return changed;
    }

    /// <summary>The job's work, in the pass's DI scope, once the lease is held.</summary>
    protected abstract Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the {Job} job failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Job} job changed {Count} record(s)")]
    private static partial void LogPassDone(ILogger logger, string job, int count);
}
