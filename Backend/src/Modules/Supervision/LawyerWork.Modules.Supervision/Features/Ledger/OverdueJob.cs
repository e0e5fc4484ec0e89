using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Leases;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Supervision.Features.Ledger;

/// <summary>
/// Marks complaints and rights cases whose current step's deadline has passed (Asia/Shanghai date),
/// once a day in effect: it looks every hour and marking is idempotent. Each mark is a step in the
/// case's history and an audit record of <c>system:supervision-overdue</c>.
/// </summary>
public sealed class OverdueJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OverdueJob> logger) : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "supervision-overdue";

    public override string Job => JobName;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Operation => "MarkOverdue";

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SupervisionDbContext>();
        var actor = services.GetRequiredService<AuditActor>();
        var job = new StepActor(actor.Id, actor.Name);
        var today = ShanghaiClock.Today(Clock);
        var marked = 0;
        foreach (var complaint in await db.Complaints.Include(c => c.Steps).Where(c => !c.Overdue && c.DueOn != null && c.DueOn < today).ToListAsync(cancellationToken))
        {
            marked += complaint.MarkOverdue(today, job, Clock) ? 1 : 0;
        }

        foreach (var report in await db.RightsCases.Include(r => r.Steps).Where(r => !r.Overdue && r.DueOn != null && r.DueOn < today).ToListAsync(cancellationToken))
        {
            marked += report.MarkOverdue(today, job, Clock) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return marked;
    }
}
