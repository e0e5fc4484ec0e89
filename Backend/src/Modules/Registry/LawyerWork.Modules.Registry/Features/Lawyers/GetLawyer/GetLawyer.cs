using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Lawyers.GetLawyer;

public sealed record GetLawyerQuery(Guid LawyerId) : IQuery<LawyerDetails>;

public sealed class GetLawyerHandler(RegistryDbContext db, ICurrentUser user, AuditTrail audit) : IQueryHandler<GetLawyerQuery, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(GetLawyerQuery query, CancellationToken cancellationToken)
    {
        var details = await db.VisibleDetailsAsync(query.LawyerId, user, cancellationToken);
        if (!details.PersonalDataMasked)
        {
            // API.md: every read of unmasked personal data is on record.
            await audit.RecordAsync("ReadPersonalData", AuditOutcome.Succeeded, nameof(Domain.Lawyer), details.Id.ToString(), details.RegionCode, cancellationToken: cancellationToken);
        }

        return details;
    }
}
