using LawyerWork.BuildingBlocks.Time;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Supervision.Features.Ledger;

/// <summary>
/// Marks complaints and rights cases whose current step's deadline has passed (Asia/Shanghai date),
/// once a day in effect: it looks every hour, marking is idempotent, and one host at a time runs it
/// (the "supervision-overdue" lease). Each mark is a step in the case's history and an audit record
/// of <c>system:supervision-overdue</c>.
/// </summary>
public sealed partial class OverdueJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueJob> logger) : BackgroundService
{
    public const string Job = "supervision-overdue";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public string Owner { get; init; } = Leases.ThisHost;

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
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many cases it marked, or null when another host holds the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Leases;
        if (!await leases.TryAcquireAsync(Job, Owner, Interval, clock, cancellationToken))
        {
            return null;
        }

        var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
        actor.SystemJob = Job;
        actor.Operation = "MarkOverdue";
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var today = ShanghaiClock.Today(clock);
        var job = new StepActor(actor.Id, actor.Name);
        var marked = 0;
        foreach (var complaint in await db.Complaints.Include(c => c.Steps).Where(c => !c.Overdue && c.DueOn != null && c.DueOn < today).ToListAsync(cancellationToken))
        {
            marked += complaint.MarkOverdue(today, job, clock) ? 1 : 0;
        }

        foreach (var report in await db.RightsCases.Include(r => r.Steps).Where(r => !r.Overdue && r.DueOn != null && r.DueOn < today).ToListAsync(cancellationToken))
        {
            marked += report.MarkOverdue(today, job, clock) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (marked > 0)
        {
            LogMarked(logger, marked, today);
        }

        return marked;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marked {Count} case(s) overdue as of {Today}")]
    private static partial void LogMarked(ILogger logger, int count, DateOnly today);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marking overdue cases failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
