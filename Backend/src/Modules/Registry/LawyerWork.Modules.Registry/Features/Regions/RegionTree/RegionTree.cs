using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Registry.Regions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Regions.RegionTree;

/// <summary>The whole region tree, roots first; children ordered by code, as the GB/T 2260 lists print them.</summary>
public sealed record RegionTreeQuery : IQuery<IReadOnlyList<RegionNode>>;

public sealed record RegionNode(
    string Code,
    string Name,
    string? ParentCode,
    RegionLevel Level,
    RegionCodeKind CodeKind,
    string? Note,
    IReadOnlyList<RegionNode> Children);

public sealed class RegionTreeHandler(RegistryDbContext db) : IQueryHandler<RegionTreeQuery, IReadOnlyList<RegionNode>>
{
    public async ValueTask<IReadOnlyList<RegionNode>> Handle(RegionTreeQuery query, CancellationToken cancellationToken)
    {
        // About seventy rows of reference data: one read and a tree built in memory beats a recursive query.
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var byParent = regions.Where(r => r.ParentCode is not null).ToLookup(r => r.ParentCode!);
        return regions.Where(r => r.ParentCode is null).Select(r => Node(r, byParent)).ToList();
    }

    private static RegionNode Node(Region region, ILookup<string, Region> byParent) =>
        new(region.Code, region.Name, region.ParentCode, region.Level, region.CodeKind, region.Note,
            byParent[region.Code].Select(child => Node(child, byParent)).ToList());
}
