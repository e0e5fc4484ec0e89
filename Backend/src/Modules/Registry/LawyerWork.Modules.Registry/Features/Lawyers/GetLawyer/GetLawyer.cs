using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Lawyers.GetLawyer;

public sealed record GetLawyerQuery(Guid LawyerId) : IQuery<LawyerDetails>;

public sealed class GetLawyerHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<GetLawyerQuery, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(GetLawyerQuery query, CancellationToken cancellationToken) =>
        await db.DetailsAsync(await db.VisibleLawyerAsync(query.LawyerId, user.Scope, cancellationToken), user, cancellationToken);
}
