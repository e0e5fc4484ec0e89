using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Regions.LookupRegions;

/// <summary>
/// Resolves many region codes in one call: integrators importing records with region codes check
/// them all at once instead of one request per row.
/// </summary>
public sealed record LookupRegionsQuery(IReadOnlyList<string> Codes) : IQuery<RegionLookupResult>
{
    public const int MaxCodes = 200;
}

/// <param name="Items">The known regions, in the order asked, each once.</param>
/// <param name="UnknownCodes">Well-formed codes that name no region.</param>
public sealed record RegionLookupResult(IReadOnlyList<RegionSummary> Items, IReadOnlyList<string> UnknownCodes);

public sealed class LookupRegionsValidator : AbstractValidator<LookupRegionsQuery>
{
    public LookupRegionsValidator()
    {
        RuleFor(q => q.Codes)
            .NotNull()
            .WithMessage(_ => Bilingual.Text("请提供 codes 数组。", "Send a codes array."));
        RuleFor(q => q.Codes)
            .Must(codes => codes.Count is >= 1 and <= LookupRegionsQuery.MaxCodes)
            .When(q => q.Codes is not null)
            .WithMessage(_ => Bilingual.Text(
                $"codes 须包含 1 到 {LookupRegionsQuery.MaxCodes} 个代码。",
                $"codes must hold between 1 and {LookupRegionsQuery.MaxCodes} codes."));
        RuleForEach(q => q.Codes).MustBeRegionCode().When(q => q.Codes is { Count: <= LookupRegionsQuery.MaxCodes });
    }
}

public sealed class LookupRegionsHandler(RegistryDbContext db) : IQueryHandler<LookupRegionsQuery, RegionLookupResult>
{
    public async ValueTask<RegionLookupResult> Handle(LookupRegionsQuery query, CancellationToken cancellationToken)
    {
        var wanted = query.Codes.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Regions.AsNoTracking()
            .Where(r => wanted.Contains(r.Code))
            .ProjectToSummary()
            .ToDictionaryAsync(r => r.Code, cancellationToken);
        return new RegionLookupResult(
            wanted.Where(found.ContainsKey).Select(code => found[code]).ToList(),
            wanted.Where(code => !found.ContainsKey(code)).ToList());
    }
}
