using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Ledger;

internal sealed class SupervisionLedger(SupervisionDbContext db) : ISupervisionLedger
{
    public async Task<IReadOnlyList<OverdueCount>> OverdueByRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        var (from, to) = RegionCodes.SubtreeRange(regionCode);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Overdue && string.Compare(c.RegionCode, from) >= 0 && string.Compare(c.RegionCode, to) <= 0)
            .GroupBy(c => c.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rights = await db.RightsCases.AsNoTracking()
            .Where(r => r.Overdue && string.Compare(r.RegionCode, from) >= 0 && string.Compare(r.RegionCode, to) <= 0)
            .GroupBy(r => r.RegionCode).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        // Counted per case region in the database, then rolled up one level below the asked region.
        string Child(string code) => regionCode.EndsWith("0000", StringComparison.Ordinal) ? RegionCodes.PrefectureOf(code) : code;
        return complaints.Select(c => (Region: Child(c.Region), Complaints: c.Count, Rights: 0))
            .Concat(rights.Select(r => (Region: Child(r.Region), Complaints: 0, Rights: r.Count)))
            .GroupBy(x => x.Region)
            .Select(g => new OverdueCount(g.Key, g.Sum(x => x.Complaints), g.Sum(x => x.Rights)))
            .OrderBy(o => o.RegionCode, StringComparer.Ordinal).ToList();
    }
}
