using FluentValidation;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms.FirmList;

/// <summary>The firms of the caller's scope, filtered, sorted and paged (or walked by cursor).</summary>
public sealed record FirmListQuery(
    string? Name,
    NameMatch? NameMatch,
    string? Uscc,
    string? RegionCode,
    FirmStatus? Status,
    OrganisationForm? OrganisationForm,
    FirmSizeBand? SizeBand,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Cursor) : IQuery<ListPage<FirmSummary>>, IFirmFilter, IPageRequest;

public sealed class FirmListValidator : AbstractValidator<FirmListQuery>
{
    public FirmListValidator()
    {
        Include(new FirmFilterRules<FirmListQuery>());
        Include(new PageRules<FirmListQuery>(FirmFilters.Sort.Names));
    }
}

public sealed class FirmListHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<FirmListQuery, ListPage<FirmSummary>>
{
    public async ValueTask<ListPage<FirmSummary>> Handle(FirmListQuery query, CancellationToken cancellationToken)
    {
        var firms = db.Firms.AsNoTracking().VisibleTo(user.Scope, db).Matching(query, db);
        return await firms.ToListPageAsync(query.ToPageQuery(), FirmFilters.Sort, FirmProjections.Summary(db), cancellationToken);
    }
}
