using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LawyerWork.BuildingBlocks.Security;

public enum DataScopeKind
{
    /// <summary>Sees no scoped data (anonymous, or a user whose scope is missing or unreadable).</summary>
    None,

    /// <summary>A region and everything under it (the province, a city, a county).</summary>
    Region,

    /// <summary>One law firm's own records.</summary>
    Firm,

    /// <summary>The user's own records (a lawyer).</summary>
    Self,
}

/// <summary>
/// Which records a caller may see, from DOMAIN.md's actor table: a bureau or association sees its
/// region's subtree, a firm its own records, a lawyer their own. Every query filters by it in the database.
/// </summary>
public sealed partial record DataScope(DataScopeKind Kind, string? Value)
{
    public static readonly DataScope None = new(DataScopeKind.None, null);

    public string? RegionCode => Kind == DataScopeKind.Region ? Value : null;

    public Guid? FirmId => Kind == DataScopeKind.Firm ? Guid.Parse(Value!) : null;

    public Guid? PersonId => Kind == DataScopeKind.Self ? Guid.Parse(Value!) : null;

    public override string ToString() => Kind == DataScopeKind.None ? "none" : $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    /// <summary>Reads <c>region:220100</c>, <c>firm:{uuid}</c> or <c>self:{uuid}</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DataScope? scope)
    {
        scope = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var kind = text[..separator];
        var value = text[(separator + 1)..];
        scope = kind switch
        {
            "region" when RegionCodePattern().IsMatch(value) => new DataScope(DataScopeKind.Region, value),
            "firm" when Guid.TryParse(value, out var firm) => new DataScope(DataScopeKind.Firm, firm.ToString()),
            "self" when Guid.TryParse(value, out var self) => new DataScope(DataScopeKind.Self, self.ToString()),
            _ => null,
        };
        return scope is not null;
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex RegionCodePattern();
}
