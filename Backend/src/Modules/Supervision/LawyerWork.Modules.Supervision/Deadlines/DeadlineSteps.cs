namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>
/// The workflow steps that have a time limit. Each value is the name used in deadlines.json, in
/// configuration (Supervision:Deadlines:{year}:{step}) and in the ledger, so it must never change.
/// </summary>
public static class DeadlineSteps
{
    /// <summary>受理审查: from receiving a complaint to deciding whether to accept (立案) it.</summary>
    public const string ComplaintAcceptance = nameof(ComplaintAcceptance);

    /// <summary>调查: from accepting a complaint to the association's decision (dismissal, discipline or referral).</summary>
    public const string ComplaintInvestigation = nameof(ComplaintInvestigation);

    /// <summary>行政处罚决定: from the justice bureau's registration of a referral to its penalty decision.</summary>
    public const string PenaltyDecision = nameof(PenaltyDecision);

    /// <summary>告知投诉人: from the decision to telling the complainant the outcome.</summary>
    public const string ComplainantNotification = nameof(ComplainantNotification);

    /// <summary>受理: from a lawyer's rights-protection request to deciding whether to accept it.</summary>
    public const string RightsAcceptance = nameof(RightsAcceptance);

    /// <summary>协调: from accepting a rights-protection request to answering the lawyer.</summary>
    public const string RightsCoordination = nameof(RightsCoordination);

    public static IReadOnlyList<string> All { get; } =
    [
        ComplaintAcceptance,
        ComplaintInvestigation,
        PenaltyDecision,
        ComplainantNotification,
        RightsAcceptance,
        RightsCoordination,
    ];

    /// <summary>The step's canonical name for a name in any letter case (configuration keys are case-insensitive), or null.</summary>
    internal static string? Find(string name) =>
        All.FirstOrDefault(step => string.Equals(step, name, StringComparison.OrdinalIgnoreCase));
}
