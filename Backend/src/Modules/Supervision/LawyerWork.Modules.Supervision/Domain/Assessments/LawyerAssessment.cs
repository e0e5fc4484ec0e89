namespace LawyerWork.Modules.Supervision.Domain.Assessments;

/// <summary>
/// One lawyer in a firm's annual assessment: the firm's report of the year's practice, the
/// association's opinion, and the bureau's result. A sanction decided in the year blocks 合格 unless
/// the bureau overrides it with a recorded reason.
/// </summary>
public sealed class LawyerAssessment
{
    private LawyerAssessment()
    {
    }

    internal LawyerAssessment(Guid id, Guid lawyerId, string lawyerName, bool sanctionedInYear)
    {
        Id = id;
        LawyerId = lawyerId;
        LawyerName = lawyerName;
        SanctionedInYear = sanctionedInYear;
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid LawyerId { get; private set; }

    public string LawyerName { get; private set; } = "";

    /// <summary>Whether a sanction (discipline or penalty) was decided on the lawyer in the assessed year.</summary>
    public bool SanctionedInYear { get; private set; }

    public string? Practice { get; private set; }

    public int? CasesHandled { get; private set; }

    /// <summary>Pro bono hours as the firm reports them (the public-service module will supply them).</summary>
    public decimal? ProBonoHours { get; private set; }

    /// <summary>Training credit hours as the firm reports them (the training module will supply them).</summary>
    public decimal? TrainingCredits { get; private set; }

    public AssessmentResult? SuggestedResult { get; private set; }

    public string? Opinion { get; private set; }

    public AssessmentResult? Result { get; private set; }

    public string? ResultReason { get; private set; }

    /// <summary>Why 合格 was given despite a sanction in the year; required then, empty otherwise.</summary>
    public string? OverrideReason { get; private set; }

    internal void Report(string? practice, int? cases, decimal? proBonoHours, decimal? trainingCredits)
    {
        Practice = practice;
        CasesHandled = cases;
        ProBonoHours = proBonoHours;
        TrainingCredits = trainingCredits;
    }

    internal void Review(AssessmentResult suggested, string? opinion)
    {
        SuggestedResult = suggested;
        Opinion = opinion;
    }

    internal void Decide(AssessmentResult result, string? reason, string? overrideReason)
    {
        Result = result;
        ResultReason = reason;
        OverrideReason = overrideReason;
    }
}
