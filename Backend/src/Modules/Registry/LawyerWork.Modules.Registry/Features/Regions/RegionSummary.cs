using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Regions;
using Riok.Mapperly.Abstractions;

namespace LawyerWork.Modules.Registry.Features.Regions;

/// <summary>A region named in another answer: an ancestor, a child, a looked-up code.</summary>
public sealed record RegionSummary(string Code, string Name, RegionLevel Level, RegionCodeKind CodeKind);

[Mapper]
internal static partial class RegionMapper
{
    [MapperIgnoreSource(nameof(Region.ParentCode))]
    [MapperIgnoreSource(nameof(Region.Note))]
    public static partial RegionSummary ToSummary(this Region region);

    public static partial IQueryable<RegionSummary> ProjectToSummary(this IQueryable<Region> regions);
}
