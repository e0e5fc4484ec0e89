namespace LawyerWork.Modules.Supervision.Contracts;

/// <summary>What the dashboard reads of the ledgers: overdue open cases per region under a region.</summary>
public interface ISupervisionLedger
{
    /// <summary>Per prefecture under a province, or per county under a prefecture (or the county itself): overdue complaints and rights cases.</summary>
    Task<IReadOnlyList<OverdueCount>> OverdueByRegionAsync(string regionCode, CancellationToken cancellationToken);
}

public sealed record OverdueCount(string RegionCode, int Complaints, int RightsCases);
