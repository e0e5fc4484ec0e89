using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Features.Penalties;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Assessments;

/// <summary>A lawyer assessed 不合格 is flagged in the register with the year (Supervision decides, Registry records).</summary>
public sealed class AssessmentConsumer(RegistryDbContext db, TimeProvider clock)
    : IntegrationEventConsumer<LawyerAssessedUnqualified, RegistryDbContext>(db, clock)
{
    protected override async Task ConsumeAsync(IntegrationEvent<LawyerAssessedUnqualified> integrationEvent, CancellationToken cancellationToken)
    {
        var lawyer = await Db.Lawyers.FirstOrDefaultAsync(l => l.Id == integrationEvent.Data.LawyerId, cancellationToken);
        if (lawyer is not null)
        {
            lawyer.FlagUnqualified(integrationEvent.Data.Year, Clock.GetUtcNow());
            Db.AnnounceUpdate(lawyer, Clock);
        }
    }
}
