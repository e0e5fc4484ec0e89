using System.Linq.Expressions;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Features.Public.PublicCache;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Public.PublicFirms;

/// <summary>A firm as the public look-up discloses it.</summary>
public sealed record PublicFirm(
    string Name,
    string Uscc,
    string Address,
    string Director,
    string RegionName,
    FirmStatus Status,
    int PractisingLawyerCount)
{
    /// <summary>On one firm's page: rewards and sanctions inside their disclosure period (Supervision's); null in search results.</summary>
    public IReadOnlyList<PublicIntegrityRecord>? Integrity { get; init; }
}

public sealed record PublicFirmSearch(string? Name, string? Uscc, string? RegionCode, int? Page, int? PageSize)
    : IQuery<ListPage<PublicFirm>>, IPageRequest
{
    string? IPageRequest.Sort => null;

    string? IPageRequest.Cursor => null;
}

public sealed record PublicFirmQuery(string Uscc) : IQuery<PublicFirm>;

public sealed class PublicFirmSearchValidator : AbstractValidator<PublicFirmSearch>
{
    public PublicFirmSearchValidator()
    {
        Include(new PageRules<PublicFirmSearch>(FirmPublicFields.Sort.Names));
        RuleFor(q => q.Name).MaximumLength(100).WithMessage(_ => Bilingual.Text("律所名称最长 100 个字符。", "The firm name is at most 100 characters."));
        RuleFor(q => q.Uscc).MaximumLength(18).WithMessage(_ => Bilingual.Text("统一社会信用代码为 18 位。", "A unified social credit code has 18 characters."));
        RuleFor(q => q.RegionCode).Must(RegionCodes.IsWellFormed!)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(q => q.RegionCode is not null);
    }
}

public sealed class PublicFirmQueryValidator : AbstractValidator<PublicFirmQuery>
{
    public PublicFirmQueryValidator() =>
        RuleFor(q => q.Uscc).Length(18).WithMessage(_ => Bilingual.Text("统一社会信用代码为 18 位。", "A unified social credit code has 18 characters."));
}

internal static class FirmPublicFields
{
    public static readonly SortableFields<Firm> Sort = new SortableFields<Firm>(f => f.Id).Add("name", f => f.NameSearch, isDefault: true);

    public static readonly Expression<Func<RegistryDbContext, Firm, PublicFirm>> Answer =
        (db, f) => new PublicFirm(
            f.Name, f.Uscc, f.Address, f.Director,
            db.Regions.Where(r => r.Code == f.RegionCode).Select(r => r.Name).First(),
            f.Status, f.PractisingLawyerCount);

    /// <summary>The answer with the firm's id (integrity records, cache invalidation), never disclosed.</summary>
    public static readonly Expression<Func<RegistryDbContext, Firm, PublicFirmRow>> Row =
        PublicLookup.Around(Answer, (Firm f, PublicFirm answer) => new PublicFirmRow(f.Id, answer));

    public static Expression<Func<Firm, PublicFirm>> Projection(RegistryDbContext db) => PublicLookup.Bind(Answer, db);
}

/// <summary>One firm's public answer and, for the handler only, its id.</summary>
internal sealed record PublicFirmRow(Guid Id, PublicFirm Answer);

public sealed class PublicFirmSearchHandler(RegistryDbContext db) : IQueryHandler<PublicFirmSearch, ListPage<PublicFirm>>
{
    public async ValueTask<ListPage<PublicFirm>> Handle(PublicFirmSearch query, CancellationToken cancellationToken)
    {
        var firms = db.Firms.AsNoTracking();
        firms = firms.WhereNameMatches(f => f.NameSearch, query.Name, NameMatch.Contains);

        if (!string.IsNullOrWhiteSpace(query.Uscc))
        {
            firms = firms.Where(f => f.Uscc == query.Uscc.Trim().ToUpperInvariant());
        }

        if (query.RegionCode is not null)
        {
            firms = firms.InRegion(query.RegionCode, db);
        }

        return await firms.ToListPageAsync(query.ToPageQuery() with { CountAtMost = PublicLookup.CountAtMost }, FirmPublicFields.Sort, FirmPublicFields.Projection(db), cancellationToken);
    }
}

public sealed class PublicFirmQueryHandler(RegistryDbContext db, IIntegrityReader integrity, PublicAnswerCache cache) : IQueryHandler<PublicFirmQuery, PublicFirm>
{
    private static readonly Func<RegistryDbContext, string, CancellationToken, Task<PublicFirmRow?>> ByUscc =
        PublicLookup.CompileSingle((RegistryDbContext db, string uscc) => db.Firms.AsNoTracking().Where(f => f.Uscc == uscc), FirmPublicFields.Row);

    public async ValueTask<PublicFirm> Handle(PublicFirmQuery query, CancellationToken cancellationToken)
    {
        // A hit is answered by the endpoint (ADR 0016); the handler reads the register and keeps the answer.
        var uscc = query.Uscc.ToUpperInvariant();
        var seen = cache.Generation;
        var row = await ByUscc(db, uscc, cancellationToken)
            ?? throw new NotFoundException("没有该统一社会信用代码的律师事务所。", "No firm holds that unified social credit code.");
        var answer = row.Answer with { Integrity = await integrity.DisclosedAsync(SubjectKind.Firm, row.Id, cancellationToken) };
        cache.Keep(uscc, answer, seen);
        return answer;
    }
}
