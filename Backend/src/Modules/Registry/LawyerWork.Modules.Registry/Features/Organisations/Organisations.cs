using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Organisations;

/// <summary>A justice bureau or bar association with the region it serves.</summary>
public sealed record OrganisationSummary(Guid Id, string Name, OrganisationKind Kind, string RegionCode, string RegionName);

public sealed record OrganisationListQuery(OrganisationKind? Kind, string? RegionCode, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<OrganisationSummary>>, IPageRequest;

public sealed record OrganisationQuery(Guid OrganisationId) : IQuery<OrganisationSummary>;

public sealed class OrganisationListValidator : AbstractValidator<OrganisationListQuery>
{
    public OrganisationListValidator()
    {
        Include(new PageRules<OrganisationListQuery>(OrganisationFields.Sort.Names));
        RuleFor(q => q.RegionCode).Must(RegionCodes.IsWellFormed!)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(q => q.RegionCode is not null);
    }
}

internal static class OrganisationFields
{
    public static readonly SortableFields<Organisation> Sort = new SortableFields<Organisation>(o => o.Id)
        .Add("regionCode", o => o.RegionCode, isDefault: true)
        .Add("name", o => o.Name);

    public static System.Linq.Expressions.Expression<Func<Organisation, OrganisationSummary>> Projection(RegistryDbContext db) =>
        o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.RegionCode, db.Regions.Where(r => r.Code == o.RegionCode).Select(r => r.Name).First());
}

public sealed class OrganisationListHandler(RegistryDbContext db) : IQueryHandler<OrganisationListQuery, ListPage<OrganisationSummary>>
{
    public async ValueTask<ListPage<OrganisationSummary>> Handle(OrganisationListQuery query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (query.Kind is { } kind)
        {
            organisations = organisations.Where(o => o.Kind == kind);
        }

        if (query.RegionCode is not null)
        {
            var (from, to) = RegionCodes.SubtreeRange(query.RegionCode);
            organisations = organisations.Where(o => string.Compare(o.RegionCode, from) >= 0 && string.Compare(o.RegionCode, to) <= 0);
        }

        return await organisations.ToListPageAsync(query.ToPageQuery(), OrganisationFields.Sort, OrganisationFields.Projection(db), cancellationToken);
    }
}

public sealed class OrganisationHandler(RegistryDbContext db) : IQueryHandler<OrganisationQuery, OrganisationSummary>
{
    public async ValueTask<OrganisationSummary> Handle(OrganisationQuery query, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == query.OrganisationId).Select(OrganisationFields.Projection(db)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("未找到该机构。", "No such organisation.");
}
