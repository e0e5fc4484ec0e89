using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Regions;

/// <summary>An administrative region (reference data, seeded by migration, never edited through the API).</summary>
internal sealed class Region
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? ParentCode { get; init; }

    public required RegionLevel Level { get; init; }

    public required RegionCodeKind CodeKind { get; init; }

    public string? Note { get; init; }
}
