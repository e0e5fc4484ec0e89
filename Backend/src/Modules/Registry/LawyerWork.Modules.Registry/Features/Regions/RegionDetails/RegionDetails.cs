using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Regions.RegionDetails;

public sealed record RegionDetailsQuery(string Code) : IQuery<RegionDetails>;

/// <summary>One region with the path from the province down to it and its direct children.</summary>
public sealed record RegionDetails(
    string Code,
    string Name,
    string? ParentCode,
    RegionLevel Level,
    RegionCodeKind CodeKind,
    string? Note,
    IReadOnlyList<RegionSummary> Ancestors,
    IReadOnlyList<RegionSummary> Children);

public sealed class RegionDetailsValidator : AbstractValidator<RegionDetailsQuery>
{
    public RegionDetailsValidator() => RuleFor(q => q.Code).MustBeRegionCode();
}

public sealed class RegionDetailsHandler(RegistryDbContext db) : IQueryHandler<RegionDetailsQuery, RegionDetails>
{
    public async ValueTask<RegionDetails> Handle(RegionDetailsQuery query, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, cancellationToken);
        if (!regions.TryGetValue(query.Code, out var region))
        {
            throw new NotFoundException($"没有代码为 {query.Code} 的行政区划。", $"There is no region with code {query.Code}.");
        }

        var ancestors = new List<RegionSummary>();
        for (var parent = region.ParentCode; parent is not null; parent = regions[parent].ParentCode)
        {
            ancestors.Insert(0, regions[parent].ToSummary());
        }

        var children = regions.Values
            .Where(r => r.ParentCode == region.Code)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => r.ToSummary())
            .ToList();
        return new RegionDetails(
            region.Code, region.Name, region.ParentCode, region.Level, region.CodeKind, region.Note, ancestors, children);
    }
}
