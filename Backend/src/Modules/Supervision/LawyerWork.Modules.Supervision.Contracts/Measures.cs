namespace LawyerWork.Modules.Supervision.Contracts;

/// <summary>
/// The measure of an integrity record as one string: <c>Discipline:Warning</c> (行业处分 警告) and
/// <c>Penalty:Warning</c> (行政处罚 警告) are different measures with one word, so the kind is part of it.
/// </summary>
public static class Measures
{
    public const string Commendation = "Reward:Commendation";

    public static string Of(DisciplineKind discipline) => "Discipline:" + discipline;

    public static string Of(PenaltyKind penalty) => "Penalty:" + penalty;

    // Exact names only: Enum.TryParse would also take numbers ("Penalty:3"), padded names and comma lists.
    public static PenaltyKind? PenaltyOf(string measure) =>
        measure.StartsWith("Penalty:", StringComparison.Ordinal) && Enum.GetNames<PenaltyKind>().Contains(measure["Penalty:".Length..], StringComparer.Ordinal)
            ? Enum.Parse<PenaltyKind>(measure["Penalty:".Length..])
            : null;

    public static bool IsKnown(string measure) =>
        measure == Commendation
        || PenaltyOf(measure) is not null
        || (measure.StartsWith("Discipline:", StringComparison.Ordinal) && Enum.GetNames<DisciplineKind>().Contains(measure["Discipline:".Length..], StringComparer.Ordinal));
}
