using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.Modules.Supervision.Domain.Assessments;

/// <summary>What the firm reports of one of its lawyers.</summary>
public sealed record LawyerReport(Guid LawyerId, string? Practice, int? CasesHandled, decimal? ProBonoHours, decimal? TrainingCredits);

/// <summary>An opinion or a result for one lawyer (or, with no lawyer, for the firm itself).</summary>
public sealed record LawyerVerdict(Guid LawyerId, AssessmentResult Result, string? Reason, string? OverrideReason);

/// <summary>
/// 年度考核 of a firm and its lawyers for a year: the firm's self-report, the association's opinion,
/// the justice bureau's result. A lawyer sanctioned in the year cannot be 合格 unless the bureau records
/// why; a lawyer found 不合格 is flagged in the register (through an integration event).
/// </summary>
public sealed class FirmAssessment : IVersioned
{
    private readonly List<LawyerAssessment> lawyers = [];

    private FirmAssessment()
    {
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public AssessmentState State { get; private set; }

    public string? SelfReport { get; private set; }

    public string? Opinion { get; private set; }

    public AssessmentResult? FirmResult { get; private set; }

    public string? FirmResultReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<LawyerAssessment> Lawyers => lawyers;

    /// <summary>Opens the year's assessment of a firm with its practising lawyers, each marked if sanctioned in the year.</summary>
    public static FirmAssessment Open(int year, Guid firmId, string firmName, string regionCode, IEnumerable<(Guid Id, string Name, bool Sanctioned)> practising, TimeProvider clock)
    {
        var assessment = new FirmAssessment
        {
            Id = NewId.Create(clock),
            Year = year,
            FirmId = firmId,
            FirmName = firmName,
            RegionCode = regionCode,
            State = AssessmentState.SelfReporting,
        };
        assessment.lawyers.AddRange(practising.Select(l => new LawyerAssessment(NewId.Create(clock), l.Id, l.Name, l.Sanctioned)));
        return assessment;
    }

    public void Report(string? selfReport, IReadOnlyList<LawyerReport> reports, bool submit, TimeProvider clock)
    {
        Require(AssessmentState.SelfReporting, "自查报告");
        SelfReport = selfReport;
        foreach (var report in reports)
        {
            Lawyer(report.LawyerId).Report(report.Practice, report.CasesHandled, report.ProBonoHours, report.TrainingCredits);
        }

        if (submit)
        {
            if (string.IsNullOrWhiteSpace(SelfReport))
            {
                throw InvalidField.Exception("selfReport", Bilingual.Text("提交前须填写律所自查报告。", "Write the firm's self-report before submitting."));
            }

            State = AssessmentState.Submitted;
            SubmittedAt = clock.GetUtcNow();
        }
    }

    public void Review(string? opinion, IReadOnlyList<LawyerVerdict> suggestions)
    {
        Require(AssessmentState.Submitted, "律协考核意见");
        EnsureEveryLawyer(suggestions);
        Opinion = opinion;
        foreach (var suggestion in suggestions)
        {
            Lawyer(suggestion.LawyerId).Review(suggestion.Result, suggestion.Reason);
        }

        State = AssessmentState.Reviewed;
    }

    /// <summary>The bureau's results; the lawyers now 不合格 are returned, for the register.</summary>
    public IReadOnlyList<LawyerAssessment> Decide(AssessmentResult firmResult, string? firmReason, IReadOnlyList<LawyerVerdict> results, string decidedBy, TimeProvider clock)
    {
        Require(AssessmentState.Reviewed, "审核结果");
        EnsureEveryLawyer(results);
        var blocked = results.Where(r => r.Result == AssessmentResult.Qualified && Lawyer(r.LawyerId).SanctionedInYear && string.IsNullOrWhiteSpace(r.OverrideReason)).ToList();
        if (blocked.Count > 0)
        {
            throw InvalidField.Exception($"verdicts[{IndexOf(results, blocked[0])}].overrideReason", Bilingual.Text(
                $"{string.Join("、", blocked.Select(b => Lawyer(b.LawyerId).LawyerName))}本年度受过处分或处罚，评为合格须写明理由。",
                $"{string.Join(", ", blocked.Select(b => Lawyer(b.LawyerId).LawyerName))} had a sanction this year; rating them qualified needs a recorded reason."));
        }

        if (results.FirstOrDefault(r => r.Result != AssessmentResult.Qualified && string.IsNullOrWhiteSpace(r.Reason)) is { } unexplained)
        {
            throw InvalidField.Exception($"verdicts[{IndexOf(results, unexplained)}].reason", Bilingual.Text("评为基本合格或不合格须写明理由。", "A result below qualified needs its reasons."));
        }

        foreach (var result in results)
        {
            var lawyer = Lawyer(result.LawyerId);
            lawyer.Decide(result.Result, result.Reason, result.Result == AssessmentResult.Qualified && lawyer.SanctionedInYear ? result.OverrideReason : null);
        }

        FirmResult = firmResult;
        FirmResultReason = firmReason;
        DecidedBy = decidedBy;
        DecidedAt = clock.GetUtcNow();
        State = AssessmentState.Decided;
        return lawyers.Where(l => l.Result == AssessmentResult.Unqualified).ToList();
    }

    private LawyerAssessment Lawyer(Guid lawyerId) =>
        lawyers.FirstOrDefault(l => l.LawyerId == lawyerId)
        ?? throw InvalidField.Exception("lawyers", Bilingual.Text("该律师不在本所本年度考核名单中。", "That lawyer is not in this firm's assessment for the year."));

    private static int IndexOf(IReadOnlyList<LawyerVerdict> verdicts, LawyerVerdict verdict) => verdicts.ToList().IndexOf(verdict);

    // Named as the request names them: the opinion and the result both send "verdicts", the report "lawyers".
    private void EnsureEveryLawyer(IReadOnlyList<LawyerVerdict> verdicts, string field = "verdicts")
    {
        if (verdicts.Select(v => v.LawyerId).Distinct().Count() != verdicts.Count || lawyers.Any(l => verdicts.All(v => v.LawyerId != l.LawyerId)))
        {
            throw InvalidField.Exception(field, Bilingual.Text("须对名单中的每位律师各给出一项意见。", "Give one verdict for every lawyer in the list."));
        }
    }

    private void Require(AssessmentState state, string step)
    {
        if (State != state)
        {
            throw StepNotAllowed.In(State, step);
        }
    }
}
