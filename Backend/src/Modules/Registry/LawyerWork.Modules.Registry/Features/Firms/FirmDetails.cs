using System.Linq.Expressions;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms;

/// <summary>A firm as staff see it; <see cref="Version"/> is also the ETag.</summary>
public sealed record FirmDetails(
    Guid Id,
    string Name,
    string Uscc,
    string LicenceNumber,
    OrganisationForm OrganisationForm,
    FirmSizeBand SizeBand,
    string RegionCode,
    string RegionName,
    string Director,
    string Address,
    string? Phone,
    DateOnly FoundedOn,
    Guid? BranchOfId,
    FirmStatus Status,
    DateOnly? StatusChangedOn,
    string? StatusReason,
    DateOnly? SuspendedUntil,
    int PractisingLawyerCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>A row of the firm list and export.</summary>
public sealed record FirmSummary(
    Guid Id,
    string Name,
    string Uscc,
    OrganisationForm OrganisationForm,
    FirmSizeBand SizeBand,
    string RegionCode,
    string RegionName,
    string Director,
    DateOnly FoundedOn,
    FirmStatus Status,
    int PractisingLawyerCount);

internal static class FirmProjections
{
    public static Expression<Func<Firm, FirmSummary>> Summary(RegistryDbContext db) =>
        f => new FirmSummary(
            f.Id, f.Name, f.Uscc, f.OrganisationForm, f.SizeBand, f.RegionCode,
            db.Regions.Where(r => r.Code == f.RegionCode).Select(r => r.Name).First(),
            f.Director, f.FoundedOn, f.Status, f.PractisingLawyerCount);

    /// <summary>What the detail page shows, in one projected round trip with the region's name joined.</summary>
    public static async Task<FirmDetails> VisibleDetailsAsync(this RegistryDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        await db.Firms.AsNoTracking().VisibleTo(scope, db)
            .Where(f => f.Id == id)
            .Select(f => new FirmDetails(
                f.Id, f.Name, f.Uscc, f.LicenceNumber, f.OrganisationForm, f.SizeBand, f.RegionCode,
                db.Regions.Where(r => r.Code == f.RegionCode).Select(r => r.Name).First(),
                f.Director, f.Address, f.Phone, f.FoundedOn, f.BranchOfId, f.Status, f.StatusChangedOn,
                f.StatusReason, f.SuspendedUntil, f.PractisingLawyerCount, f.CreatedAt, f.UpdatedAt, f.Version))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw FirmChecks.NoSuchFirm();

    /// <summary>The details of a firm already in memory (after a save): no round trip but, rarely, the region's name.</summary>
    public static async Task<FirmDetails> DetailsAsync(this RegistryDbContext db, Firm firm, CancellationToken cancellationToken)
    {
        var regionName = RegionNames.Of(firm.RegionCode)
            ?? await db.Regions.Where(r => r.Code == firm.RegionCode).Select(r => r.Name).SingleAsync(cancellationToken);
        return firm.ToDetails(regionName);
    }

    /// <summary>The in-memory half of <see cref="DetailsAsync"/>, apart so the micro-benchmarks can measure it without a database.</summary>
    public static FirmDetails ToDetails(this Firm firm, string regionName) => new(
        firm.Id, firm.Name, firm.Uscc, firm.LicenceNumber, firm.OrganisationForm, firm.SizeBand, firm.RegionCode, regionName,
        firm.Director, firm.Address, firm.Phone, firm.FoundedOn, firm.BranchOfId, firm.Status, firm.StatusChangedOn,
        firm.StatusReason, firm.SuspendedUntil, firm.PractisingLawyerCount, firm.CreatedAt, firm.UpdatedAt, firm.Version);
}
