using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Supervision.Domain.ModelFirms;

public enum ModelFirmState
{
    Nominated,     // 推荐: by a city bureau or association
    Reviewed,      // 评审: scored against the criteria
    Designated,    // 命名为示范所 for a period
    NotDesignated, // 评审未通过
    Revoked,       // 撤销示范所称号 (with the reason)
}

/// <summary>One criterion's score in a review.</summary>
public sealed record CriterionScore(string Criterion, decimal Score, decimal MaxScore);

/// <summary>
/// 示范所: a firm nominated as a model of its size band (大/中/小所), reviewed against the criteria with
/// recorded scores, designated for a period or not, and revocable. The public list shows the
/// designated ones during their period.
/// </summary>
public sealed class ModelFirm : IVersioned
{
    private ModelFirm()
    {
    }

    public Guid Id { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>The firm's size band when nominated (the register's).</summary>
    public FirmSizeBand SizeBand { get; private set; }

    public int Year { get; private set; }

    public string NominatedBy { get; private set; } = "";

    public string NominationReason { get; private set; } = "";

    public ModelFirmState State { get; private set; }

    /// <summary>The review's scores as recorded (criterion, score, maximum).</summary>
    public List<CriterionScore> Scores { get; private set; } = [];

    public decimal? TotalScore { get; private set; }

    public string? ReviewNote { get; private set; }

    public DateOnly? DesignatedFrom { get; private set; }

    public DateOnly? DesignatedUntil { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? RevocationReason { get; private set; }

    public DateTimeOffset NominatedAt { get; private set; }

    public long Version { get; private set; }

    public static ModelFirm Nominate(Guid firmId, string firmName, string regionCode, FirmSizeBand sizeBand, int year, string reason, StepActor by, TimeProvider clock) => new()
    {
        Id = NewId.Create(clock),
        FirmId = firmId,
        FirmName = firmName,
        RegionCode = regionCode,
        SizeBand = sizeBand,
        Year = year,
        NominatedBy = by.Name,
        NominationReason = reason,
        State = ModelFirmState.Nominated,
        NominatedAt = clock.GetUtcNow(),
    };

    public void Review(IReadOnlyList<CriterionScore> scores, string? note)
    {
        Require(ModelFirmState.Nominated, "评审");
        if (scores.Any(s => s.Score < 0 || s.Score > s.MaxScore))
        {
            throw InvalidField.Exception("scores", Bilingual.Text("每项得分须在 0 与该项满分之间。", "Each score must be between 0 and the criterion's maximum."));
        }

        Scores = [.. scores];
        TotalScore = scores.Sum(s => s.Score);
        ReviewNote = note;
        State = ModelFirmState.Reviewed;
    }

    public void Designate(DateOnly from, DateOnly until, string documentNumber)
    {
        Require(ModelFirmState.Reviewed, "命名");
        DesignatedFrom = from;
        DesignatedUntil = until;
        DocumentNumber = documentNumber;
        State = ModelFirmState.Designated;
    }

    public void Decline(string note)
    {
        Require(ModelFirmState.Reviewed, "不予命名");
        ReviewNote = note;
        State = ModelFirmState.NotDesignated;
    }

    public void Revoke(string reason)
    {
        Require(ModelFirmState.Designated, "撤销称号");
        RevocationReason = reason;
        State = ModelFirmState.Revoked;
    }

    public bool IsDesignatedOn(DateOnly day) =>
        State == ModelFirmState.Designated && DesignatedFrom <= day && day < DesignatedUntil;

    private void Require(ModelFirmState state, string step)
    {
        if (State != state)
        {
            throw StepNotAllowed.In(State, step);
        }
    }
}
