using FluentValidation;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Lawyers.LawyerList;

/// <summary>The lawyers of the caller's scope, filtered, sorted and paged (or walked by cursor).</summary>
public sealed record LawyerListQuery(
    string? Name,
    NameMatch? NameMatch,
    string? CertificateNumber,
    Guid? FirmId,
    string? RegionCode,
    LawyerCategory? Category,
    LawyerStatus? Status,
    Specialty? Specialty,
    bool? ForeignRelated,
    int? Page,
    int? PageSize,
    string? Sort,
    string? Cursor) : IQuery<ListPage<LawyerSummary>>, ILawyerFilter, IPageRequest;

public sealed class LawyerListValidator : AbstractValidator<LawyerListQuery>
{
    public LawyerListValidator()
    {
        Include(new LawyerFilterRules<LawyerListQuery>());
        Include(new PageRules<LawyerListQuery>(LawyerFilters.Sort.Names));
    }
}

public sealed class LawyerListHandler(RegistryDbContext db, ICurrentUser user) : IQueryHandler<LawyerListQuery, ListPage<LawyerSummary>>
{
    public async ValueTask<ListPage<LawyerSummary>> Handle(LawyerListQuery query, CancellationToken cancellationToken)
    {
        var lawyers = db.Lawyers.AsNoTracking().VisibleTo(user.Scope, db).Matching(query, db);
        return await lawyers.ToListPageAsync(query.ToPageQuery(), LawyerFilters.Sort, LawyerProjections.Summary(db), cancellationToken);
    }
}
