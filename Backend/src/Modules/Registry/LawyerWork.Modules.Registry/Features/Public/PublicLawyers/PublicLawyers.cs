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

namespace LawyerWork.Modules.Registry.Features.Public.PublicLawyers;

/// <summary>
/// A lawyer as the public integrity look-up (诚信信息公示) discloses them: practice information
/// only. Never an ID number, phone, birth date or internal id (a test walks the OpenAPI schemas).
/// </summary>
public sealed record PublicLawyer(
    string Name,
    Gender Gender,
    string CertificateNumber,
    LawyerCategory Category,
    string? FirmName,
    string? Employer,
    string RegionName,
    int FirstPracticeYear,
    LawyerStatus Status,
    IReadOnlyList<Specialty> Specialties)
{
    /// <summary>On one lawyer's page: rewards and sanctions inside their disclosure period (Supervision's); null in search results.</summary>
    public IReadOnlyList<PublicIntegrityRecord>? Integrity { get; init; }
}

/// <summary>Look up lawyers by name, certificate number, firm name or region; page numbers only (no bulk walks).</summary>
public sealed record PublicLawyerSearch(
    string? Name,
    string? CertificateNumber,
    string? FirmName,
    string? RegionCode,
    int? Page,
    int? PageSize) : IQuery<ListPage<PublicLawyer>>, IPageRequest
{
    string? IPageRequest.Sort => null;

    string? IPageRequest.Cursor => null;
}

public sealed record PublicLawyerQuery(string CertificateNumber) : IQuery<PublicLawyer>;

public sealed class PublicLawyerSearchValidator : AbstractValidator<PublicLawyerSearch>
{
    public PublicLawyerSearchValidator()
    {
        Include(new PageRules<PublicLawyerSearch>(LawyerPublicFields.Sort.Names));

        // The look-up finds lawyers; it is not a way to download the register.
        RuleFor(q => q.Name)
            .Must((q, name) => !string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(q.CertificateNumber) || !string.IsNullOrWhiteSpace(q.FirmName))
            .WithMessage(_ => Bilingual.Text("请输入姓名、执业证号或律所名称中的至少一项。", "Give a name, a certificate number or a firm name."));
        RuleFor(q => q.Name).MaximumLength(50).WithMessage(_ => Bilingual.Text("姓名最长 50 个字符。", "The name is at most 50 characters."));
        RuleFor(q => q.FirmName).MaximumLength(100).WithMessage(_ => Bilingual.Text("律所名称最长 100 个字符。", "The firm name is at most 100 characters."));
        RuleFor(q => q.CertificateNumber).Matches("^[0-9]{17}$")
            .WithMessage(_ => Bilingual.Text("执业证号须为 17 位数字。", "A practice certificate number is 17 digits."))
            .When(q => !string.IsNullOrEmpty(q.CertificateNumber));
        RuleFor(q => q.RegionCode).Must(RegionCodes.IsWellFormed!)
            .WithMessage(_ => Bilingual.Text("区划代码必须是六位数字。", "A region code is six digits."))
            .When(q => q.RegionCode is not null);
    }
}

public sealed class PublicLawyerQueryValidator : AbstractValidator<PublicLawyerQuery>
{
    public PublicLawyerQueryValidator() =>
        RuleFor(q => q.CertificateNumber).Matches("^[0-9]{17}$")
            .WithMessage(_ => Bilingual.Text("执业证号须为 17 位数字。", "A practice certificate number is 17 digits."));
}

internal static class LawyerPublicFields
{
    public static readonly SortableFields<Lawyer> Sort = new SortableFields<Lawyer>(l => l.Id).Add("name", l => l.NameSearch, isDefault: true);

    /// <summary>The public answer: the firm by its navigation (a join), the region's name by code, the specialties as one collection.</summary>
    public static readonly Expression<Func<RegistryDbContext, Lawyer, PublicLawyer>> Answer =
        (db, l) => new PublicLawyer(
            l.Name, l.Gender, l.CertificateNumber, l.Category, l.Firm!.Name, l.Employer,
            db.Regions.Where(r => r.Code == l.RegionCode).Select(r => r.Name).First(),
            l.FirstPracticeYear, l.Status, l.Specialties.Select(s => s.Specialty).ToList());

    /// <summary>The answer with the ids the handler needs (integrity records, cache invalidation), never disclosed.</summary>
    public static readonly Expression<Func<RegistryDbContext, Lawyer, PublicLawyerRow>> Row =
        PublicLookup.Around(Answer, (Lawyer l, PublicLawyer answer) => new PublicLawyerRow(l.Id, l.FirmId, answer));

    public static Expression<Func<Lawyer, PublicLawyer>> Projection(RegistryDbContext db) => PublicLookup.Bind(Answer, db);
}

/// <summary>One lawyer's public answer and, for the handler only, their id and firm's id.</summary>
internal sealed record PublicLawyerRow(Guid Id, Guid? FirmId, PublicLawyer Answer);

public sealed class PublicLawyerSearchHandler(RegistryDbContext db, PublicAnswerCache cache) : IQueryHandler<PublicLawyerSearch, ListPage<PublicLawyer>>
{
    // A hit is answered by the endpoint (ADR 0016); the handler reads the register and keeps the answer.
    public async ValueTask<ListPage<PublicLawyer>> Handle(PublicLawyerSearch query, CancellationToken cancellationToken)
    {
        var seen = cache.Generation;
        var page = await SearchAsync(query, cancellationToken);
        cache.Keep(query, page, seen);
        return page;
    }

    private async Task<ListPage<PublicLawyer>> SearchAsync(PublicLawyerSearch query, CancellationToken cancellationToken)
    {
        var lawyers = db.Lawyers.AsNoTracking();
        lawyers = lawyers.WhereNameMatches(l => l.NameSearch, query.Name, NameMatch.Prefix);

        if (!string.IsNullOrWhiteSpace(query.CertificateNumber))
        {
            lawyers = lawyers.Where(l => l.CertificateNumber == query.CertificateNumber);
        }

        if (!string.IsNullOrWhiteSpace(query.FirmName))
        {
            var firm = SearchText.Normalise(query.FirmName);
            lawyers = lawyers.Where(l => l.Firm != null && l.Firm.NameSearch.Contains(firm));
        }

        if (query.RegionCode is not null)
        {
            lawyers = lawyers.InRegion(query.RegionCode, db);
        }

        return await lawyers.ToListPageAsync(query.ToPageQuery() with { CountAtMost = PublicLookup.CountAtMost }, LawyerPublicFields.Sort, LawyerPublicFields.Projection(db), cancellationToken);
    }
}

public sealed class PublicLawyerQueryHandler(RegistryDbContext db, IIntegrityReader integrity, PublicAnswerCache cache) : IQueryHandler<PublicLawyerQuery, PublicLawyer>
{
    private static readonly Func<RegistryDbContext, string, CancellationToken, Task<PublicLawyerRow?>> ByCertificate =
        PublicLookup.CompileSingle((RegistryDbContext db, string certificate) => db.Lawyers.AsNoTracking().Where(l => l.CertificateNumber == certificate), LawyerPublicFields.Row);

    // A hit is answered by the endpoint (ADR 0016); the handler reads the register and keeps the answer.
    public async ValueTask<PublicLawyer> Handle(PublicLawyerQuery query, CancellationToken cancellationToken)
    {
        var seen = cache.Generation;
        var row = await ByCertificate(db, query.CertificateNumber, cancellationToken)
            ?? throw new NotFoundException("没有该执业证号的律师。", "No lawyer holds that certificate number.");
        var answer = row.Answer with { Integrity = await integrity.DisclosedAsync(SubjectKind.Lawyer, row.Id, cancellationToken) };
        cache.Keep(query.CertificateNumber, answer, seen);
        return answer;
    }
}
