using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>
/// What each caller may see of the register, applied in the database to every read, list, export
/// and write: a region scope sees its subtree, a firm scope its own firm and lawyers, a lawyer their
/// own record and firm. A record outside the scope is "not found" (API.md: never leak it exists).
/// </summary>
internal static class DataScopeFilters
{
    public static IQueryable<Firm> VisibleTo(this IQueryable<Firm> firms, DataScope scope, RegistryDbContext db) => scope.Kind switch
    {
        DataScopeKind.Region => firms.InRegion(scope.RegionCode!, db),
        DataScopeKind.Firm => firms.Where(f => f.Id == scope.FirmId),
        DataScopeKind.Self => firms.Where(f => db.Lawyers.Any(l => l.Id == scope.PersonId && l.FirmId == f.Id)),
        _ => firms.Where(_ => false),
    };

    public static IQueryable<Lawyer> VisibleTo(this IQueryable<Lawyer> lawyers, DataScope scope, RegistryDbContext db) => scope.Kind switch
    {
        DataScopeKind.Region => lawyers.InRegion(scope.RegionCode!, db),
        DataScopeKind.Firm => lawyers.Where(l => l.FirmId == scope.FirmId),
        DataScopeKind.Self => lawyers.Where(l => l.Id == scope.PersonId),
        _ => lawyers.Where(_ => false),
    };

    /// <summary>
    /// A county by its code (an index seek that also yields the (name, id) order). A prefecture or the
    /// province: on PostgreSQL and SQL Server the subtree's code range, whose share of the rows their
    /// planners know from statistics, so a list walks its (name, id) index; on SQLite, whose planner
    /// takes any range for a narrow one and then sorts it whole for every page (0.3–2 s a page at
    /// national scale), the code's leading digits, which no index serves, so the list walks its (name,
    /// id) index there too. The other way round each provider's plan was as slow (docs/decisions/0017).
    /// </summary>
    public static IQueryable<T> InRegion<T>(this IQueryable<T> records, string regionCode, RegistryDbContext db)
        where T : IRegional
    {
        var prefix = RegionCodes.SubtreePrefix(regionCode);
        var length = prefix.Length;
        var (from, to) = RegionCodes.SubtreeRange(regionCode);
        return length == 6 ? records.Where(r => r.RegionCode == prefix)
            : db.IsSqlite ? records.Where(r => r.RegionCode.Substring(0, length) == prefix)
            : records.Where(r => string.Compare(r.RegionCode, from) >= 0 && string.Compare(r.RegionCode, to) <= 0);
    }

    /// <summary>Registering or moving a record into a region requires that region to be the caller's.</summary>
    public static void EnsureMayWriteIn(this DataScope scope, string regionCode)
    {
        if (!scope.MayWriteIn(regionCode))
        {
            throw new OutsideDataScopeException();
        }
    }

    public static bool MayWriteIn(this DataScope scope, string regionCode) =>
        scope.Kind == DataScopeKind.Region && RegionCodes.IsWithin(regionCode, scope.RegionCode!);
}

/// <summary>403: a write into a region or firm outside the caller's data scope.</summary>
internal sealed class OutsideDataScopeException()
    : DomainException(403, "outside-data-scope", LawyerWork.BuildingBlocks.Localization.Bilingual.Text(
        "该行政区划或律所不在您的管理范围内。", "That region or firm is outside your data scope."));
