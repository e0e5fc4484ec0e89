using System.Linq.Expressions;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Lawyers;

/// <summary>
/// A lawyer as staff see it. <see cref="IdNumber"/> and <see cref="Phone"/> are masked and
/// <see cref="BirthDate"/> is null unless the caller holds <c>registry.personal-data.read</c>;
/// <see cref="PersonalDataMasked"/> says which.
/// </summary>
public sealed record LawyerDetails(
    Guid Id,
    string Name,
    Gender Gender,
    string IdNumber,
    string? Phone,
    DateOnly? BirthDate,
    bool PersonalDataMasked,
    string CertificateNumber,
    LawyerCategory Category,
    Guid? FirmId,
    string? FirmName,
    string? Employer,
    string RegionCode,
    string RegionName,
    int FirstPracticeYear,
    bool ForeignRelated,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Specialty> Specialties,
    LawyerStatus Status,
    DateOnly? StatusChangedOn,
    string? StatusReason,
    DateOnly? SuspendedUntil,
    bool NeedsNewFirm,
    int? UnqualifiedInYear,
    IReadOnlyList<FirmPeriod> FirmHistory,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>A period at one firm (转所记录); <see cref="To"/> is null for the current firm.</summary>
public sealed record FirmPeriod(Guid FirmId, string FirmName, DateOnly From, DateOnly? To);

/// <summary>A row of the lawyer list: no personal data at all.</summary>
public sealed record LawyerSummary(
    Guid Id,
    string Name,
    Gender Gender,
    string CertificateNumber,
    LawyerCategory Category,
    Guid? FirmId,
    string? FirmName,
    string? Employer,
    string RegionCode,
    string RegionName,
    int FirstPracticeYear,
    bool ForeignRelated,
    LawyerStatus Status);

internal static class LawyerProjections
{
    public static Expression<Func<Lawyer, LawyerSummary>> Summary(RegistryDbContext db) =>
        l => new LawyerSummary(
            l.Id, l.Name, l.Gender, l.CertificateNumber, l.Category, l.FirmId, l.Firm!.Name, l.Employer, l.RegionCode,
            db.Regions.Where(r => r.Code == l.RegionCode).Select(r => r.Name).First(),
            l.FirstPracticeYear, l.ForeignRelated, l.Status);

    /// <summary>
    /// The aggregate for a command: lawyer, firm, specialties and firm history in one round trip. A lawyer has
    /// a handful of specialties and periods, so the joined rows (specialties × periods) stay few.
    /// </summary>
    public static async Task<Lawyer> VisibleLawyerAsync(this RegistryDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        await db.Lawyers.VisibleTo(scope, db)
            .Include(l => l.Firm)
            .Include(l => l.Specialties)
            .Include(l => l.FirmHistory)
            .AsSingleQuery()
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
        ?? throw NoSuchLawyer();

    /// <summary>
    /// What the detail page shows, read in one projected round trip (firm and region names joined), for a
    /// lawyer within <paramref name="user"/>'s scope; masked as <see cref="DetailsAsync"/> masks.
    /// </summary>
    public static async Task<LawyerDetails> VisibleDetailsAsync(this RegistryDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var stored = await db.Lawyers.AsNoTracking().VisibleTo(user.Scope, db)
            .Where(l => l.Id == id)
            .Select(l => new
            {
                Details = new LawyerDetails(
                    l.Id, l.Name, l.Gender, l.IdNumber, l.Phone, null, false, l.CertificateNumber, l.Category, l.FirmId, l.Firm!.Name,
                    l.Employer, l.RegionCode, db.Regions.Where(r => r.Code == l.RegionCode).Select(r => r.Name).First(),
                    l.FirstPracticeYear, l.ForeignRelated, Array.Empty<string>(),
                    l.Specialties.Select(s => s.Specialty).ToList(),
                    l.Status, l.StatusChangedOn, l.StatusReason, l.SuspendedUntil, l.NeedsNewFirm, l.UnqualifiedInYear,
                    l.FirmHistory.OrderBy(p => p.From).Select(p => new FirmPeriod(p.FirmId, p.FirmName, p.From, p.To)).ToList(),
                    l.CreatedAt, l.UpdatedAt, l.Version),
                l.Languages,
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NoSuchLawyer();
        return ShownTo(stored.Details with { Languages = SplitLanguages(stored.Languages) }, user.Has(RegistryPermissions.PersonalDataRead));
    }

    /// <summary>The details of an aggregate already in memory (after a save): no round trip but, rarely, the region's name.</summary>
    public static async Task<LawyerDetails> DetailsAsync(this RegistryDbContext db, Lawyer lawyer, ICurrentUser user, CancellationToken cancellationToken)
    {
        var regionName = RegionNames.Of(lawyer.RegionCode)
            ?? await db.Regions.Where(r => r.Code == lawyer.RegionCode).Select(r => r.Name).SingleAsync(cancellationToken);
        return lawyer.ToDetails(regionName, unmasked: user.Has(RegistryPermissions.PersonalDataRead));
    }

    /// <summary>The in-memory half of <see cref="DetailsAsync"/>, apart so the micro-benchmarks can measure it without a database.</summary>
    public static LawyerDetails ToDetails(this Lawyer lawyer, string regionName, bool unmasked)
    {
        var stored = new LawyerDetails(
            lawyer.Id,
            lawyer.Name,
            lawyer.Gender,
            lawyer.IdNumber,
            lawyer.Phone,
            null,
            false,
            lawyer.CertificateNumber,
            lawyer.Category,
            lawyer.FirmId,
            lawyer.Firm?.Name,
            lawyer.Employer,
            lawyer.RegionCode,
            regionName,
            lawyer.FirstPracticeYear,
            lawyer.ForeignRelated,
            SplitLanguages(lawyer.Languages),
            lawyer.Specialties.Select(s => s.Specialty).ToList(),
            lawyer.Status,
            lawyer.StatusChangedOn,
            lawyer.StatusReason,
            lawyer.SuspendedUntil,
            lawyer.NeedsNewFirm,
            lawyer.UnqualifiedInYear,
            lawyer.FirmHistory.OrderBy(p => p.From).Select(p => new FirmPeriod(p.FirmId, p.FirmName, p.From, p.To)).ToList(),
            lawyer.CreatedAt,
            lawyer.UpdatedAt,
            lawyer.Version);
        return ShownTo(stored, unmasked);
    }

    private static NotFoundException NoSuchLawyer() => new("未找到该律师。", "No such lawyer.");

    private static string[] SplitLanguages(string languages) => languages.Length == 0 ? [] : languages.Split(',');

    // The one place personal data is masked; specialties are listed in the enum's order.
    private static LawyerDetails ShownTo(LawyerDetails stored, bool unmasked)
    {
        var specialties = stored.Specialties.Order().ToList();
        return unmasked
            ? stored with { BirthDate = ResidentIdNumber.BirthDate(stored.IdNumber), PersonalDataMasked = false, Specialties = specialties }
            : stored with
            {
                IdNumber = ResidentIdNumber.Mask(stored.IdNumber),
                Phone = stored.Phone is null ? null : MobilePhoneNumber.Mask(stored.Phone),
                BirthDate = null,
                PersonalDataMasked = true,
                Specialties = specialties,
            };
    }
}
