using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>The register's answers to other modules; projections only, nothing tracked.</summary>
internal sealed class RegistryReader(RegistryDbContext db) : IRegistryReader
{
    public async Task<IReadOnlyList<FirmReference>> FirmsAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken) =>
        await db.Firms.AsNoTracking()
            .Where(f => firmIds.Contains(f.Id))
            .Select(f => new FirmReference(f.Id, f.Name, f.Uscc, f.RegionCode, f.Status, f.PractisingLawyerCount, f.SizeBand))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LawyerReference>> LawyersAsync(IReadOnlyCollection<Guid> lawyerIds, CancellationToken cancellationToken) =>
        await db.Lawyers.AsNoTracking()
            .Where(l => lawyerIds.Contains(l.Id))
            .Select(l => new LawyerReference(l.Id, l.Name, l.CertificateNumber, l.Category, l.FirmId, l.RegionCode, l.Status))
            .ToListAsync(cancellationToken);

    public Task<LawyerReference?> LawyerByCertificateAsync(string certificateNumber, CancellationToken cancellationToken) =>
        db.Lawyers.AsNoTracking()
            .Where(l => l.CertificateNumber == certificateNumber)
            .Select(l => new LawyerReference(l.Id, l.Name, l.CertificateNumber, l.Category, l.FirmId, l.RegionCode, l.Status))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<FirmReference?> FirmByUsccAsync(string uscc, CancellationToken cancellationToken) =>
        db.Firms.AsNoTracking()
            .Where(f => f.Uscc == uscc)
            .Select(f => new FirmReference(f.Id, f.Name, f.Uscc, f.RegionCode, f.Status, f.PractisingLawyerCount, f.SizeBand))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<string> OrganisationNameAsync(OrganisationKind kind, string regionCode, CancellationToken cancellationToken)
    {
        var prefecture = RegionCodes.PrefectureOf(regionCode);
        var province = prefecture[..2] + "0000";
        var names = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == kind && (o.RegionCode == prefecture || o.RegionCode == province))
            .Select(o => new { o.RegionCode, o.Name }).ToListAsync(cancellationToken);
        return (names.FirstOrDefault(o => o.RegionCode == prefecture) ?? names.FirstOrDefault())?.Name ?? kind.ToString();
    }

    public async Task<IReadOnlyList<FirmReference>> PractisingFirmsAsync(
        string regionCode, IReadOnlyCollection<FirmSizeBand> sizeBands, IReadOnlyCollection<OrganisationForm> forms, CancellationToken cancellationToken)
    {
        var firms = db.Firms.AsNoTracking().InRegion(regionCode, db).Where(f => f.Status == FirmStatus.Practising);
        if (sizeBands.Count > 0)
        {
            firms = firms.Where(f => sizeBands.Contains(f.SizeBand));
        }

        if (forms.Count > 0)
        {
            firms = firms.Where(f => forms.Contains(f.OrganisationForm));
        }

        return await firms.OrderBy(f => f.RegionCode).ThenBy(f => f.Name)
            .Select(f => new FirmReference(f.Id, f.Name, f.Uscc, f.RegionCode, f.Status, f.PractisingLawyerCount, f.SizeBand))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LawyerReference>> PractisingLawyersOfAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken) =>
        await db.Lawyers.AsNoTracking()
            .Where(l => l.FirmId != null && firmIds.Contains(l.FirmId.Value) && l.Status == LawyerStatus.Practising)
            .OrderBy(l => l.Name)
            .Select(l => new LawyerReference(l.Id, l.Name, l.CertificateNumber, l.Category, l.FirmId, l.RegionCode, l.Status))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> RegionSubtreeAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!RegionCodes.IsWellFormed(regionCode) || !await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            return [];
        }

        var (from, to) = RegionCodes.SubtreeRange(regionCode);
        var codes = await db.Regions.AsNoTracking()
            .Where(r => string.Compare(r.Code, from) >= 0 && string.Compare(r.Code, to) <= 0)
            .Select(r => r.Code)
            .ToListAsync(cancellationToken);
        return [regionCode, .. codes.Where(c => c != regionCode).Order(StringComparer.Ordinal)];
    }
}
