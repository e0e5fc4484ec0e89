namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>Where a region stands in Jilin's tree; data scopes follow this tree.</summary>
public enum RegionLevel
{
    /// <summary>省 — the province.</summary>
    Province,

    /// <summary>市（州） — a prefecture-level city or autonomous prefecture, or the Changbaishan administration.</summary>
    Prefecture,

    /// <summary>县（市、区） — a county-level division.</summary>
    County,

    /// <summary>功能区 — a development or functional zone managed at county level.</summary>
    FunctionalZone,
}

/// <summary>Whose code a region carries, so that reports never pass an internal code off as a national one.</summary>
public enum RegionCodeKind
{
    /// <summary>A GB/T 2260 administrative division code.</summary>
    Administrative,

    /// <summary>A National Bureau of Statistics code for a zone (7 in the fifth digit), not a GB/T 2260 division.</summary>
    Statistical,

    /// <summary>A code LawyerWork gives itself where no standard list has one (Changbaishan).</summary>
    Internal,
}
