using System.Collections.Frozen;

namespace LawyerWork.Modules.Registry.Regions;

/// <summary>
/// Region names in memory. The regions table is seeded from <see cref="RegionSeed"/> by migration and never
/// edited through the API (a migration test fails while the model and the migrations disagree), so the seed is
/// what the table holds: answers built after a save need no round trip for the region's name.
/// </summary>
internal static class RegionNames
{
    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(() =>
        RegionSeed.Regions.ToFrozenDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal));

    public static string? Of(string code) => Names.Value.GetValueOrDefault(code);
}
