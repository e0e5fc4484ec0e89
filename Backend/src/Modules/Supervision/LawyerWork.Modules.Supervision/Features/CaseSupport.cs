using LawyerWork.BuildingBlocks.Time;
using System.Security.Cryptography;
using System.Text;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Complaints;

namespace LawyerWork.Modules.Supervision.Features;

/// <summary>The deadline of a step started today (Asia/Shanghai), by the year's rule for it.</summary>
public sealed class CaseDeadlines(DeadlineCalculator calculator, TimeProvider clock)
{
    public DateOnly Today => ShanghaiClock.Today(clock);

    public Deadline For(string step) => new(step, calculator.DueOn(step, Today));

    /// <summary>Days left on the step's own count (working or calendar); negative when overdue; null when nothing is due.</summary>
    public int? DaysLeft(string? step, DateOnly? dueOn, DateOnly today) =>
        step is null || dueOn is null ? null : calculator.DaysLeft(dueOn.Value, today, calculator.RuleFor(step, dueOn.Value.Year).Count);
}

/// <summary>Receipt numbers people can read out on the phone, and lookup codes only the complainant holds.</summary>
internal static class CaseNumbers
{
    // No 0/O, 1/I/L: a receipt is read aloud and typed by hand.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Receipt(string prefix, TimeProvider clock) =>
        $"{prefix}{ShanghaiClock.Today(clock).Year}-{RandomNumberGenerator.GetString(Alphabet, 6)}";

    public static string LookupCode() => RandomNumberGenerator.GetString(Alphabet, 10);

    public static string Hash(string lookupCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lookupCode.Trim().ToUpperInvariant())));
}

/// <summary>Who a step is taken by: the signed-in user, by the name they sign with.</summary>
internal static class Actors
{
    public static StepActor Of(AuditActor actor) => new(actor.Id, actor.Name);
}

/// <summary>
/// Cases belong to the region of the lawyer or firm they concern; a region-scoped caller sees that
/// region's subtree. Other scopes see no complaints (a lawyer sees their own rights cases).
/// </summary>
internal static class CaseScope
{
    public static bool Covers(this DataScope scope, string regionCode) =>
        scope.Kind == DataScopeKind.Region && RegionCodes.IsWithin(regionCode, scope.RegionCode!);

    public static (string From, string To)? RegionRange(this DataScope scope) =>
        scope.Kind == DataScopeKind.Region ? RegionCodes.SubtreeRange(scope.RegionCode!) : null;

    public static NotFoundException NotFound() => new("未找到该案件。", "No such case.");

    /// <summary>403 for a step on a case in view but outside the caller's region (reads already 404 outside it).</summary>
    public static void EnsureMayAct(this DataScope scope, string regionCode)
    {
        if (!scope.Covers(regionCode))
        {
            throw new OutsideCaseScopeException();
        }
    }
}

internal sealed class OutsideCaseScopeException()
    : DomainException(403, "outside-data-scope", Bilingual.Text("该案件或行政区划不在您的管理范围内。", "That case or region is outside your data scope."));
