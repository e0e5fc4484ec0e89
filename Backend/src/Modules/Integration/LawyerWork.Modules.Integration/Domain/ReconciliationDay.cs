using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Integration.Domain;

/// <summary>
/// One day's comparison with the national system (Asia/Shanghai date of the events): what we
/// delivered against what it holds, by count and by a hash over the sorted event ids, and the ids
/// that differ when they do. Checked again on every reconciliation pass that covers the day.
/// </summary>
public sealed class ReconciliationDay : IVersioned, IAuditExempt
{
    public const int ListedDifferences = 100;

    public DateOnly Day { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    public int LocalCount { get; set; }

    public string LocalHash { get; set; } = "";

    /// <summary>Changes of the day not yet delivered (waiting or parked): expected to be missing over there.</summary>
    public int PendingCount { get; set; }

    public int? NationalCount { get; set; }

    public string? NationalHash { get; set; }

    public bool Matches { get; set; }

    /// <summary>Up to <see cref="ListedDifferences"/> event ids we delivered that the national system does not hold (comma-separated).</summary>
    public string MissingNationally { get; set; } = "";

    /// <summary>Up to <see cref="ListedDifferences"/> event ids the national system holds that we never delivered.</summary>
    public string UnknownLocally { get; set; } = "";

    /// <summary>Why the national side could not be asked (the check is repeated on the next pass).</summary>
    public string? Error { get; set; }

    public long Version { get; set; }
}
