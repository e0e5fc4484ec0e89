using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Firms.GetFirm;

public sealed record GetFirmQuery(Guid FirmId) : IQuery<FirmDetails>;

public sealed class GetFirmHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<GetFirmQuery, FirmDetails>
{
    public async ValueTask<FirmDetails> Handle(GetFirmQuery query, CancellationToken cancellationToken) =>
        await db.VisibleDetailsAsync(query.FirmId, user.Scope, cancellationToken);
}
