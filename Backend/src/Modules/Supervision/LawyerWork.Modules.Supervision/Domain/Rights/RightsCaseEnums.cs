namespace LawyerWork.Modules.Supervision.Domain.Rights;

/// <summary>The practice right obstructed (维护律师执业权利: the rights the Lawyers Law guarantees).</summary>
public enum ObstructionKind
{
    MeetingClient,       // 会见
    ReadingFiles,        // 阅卷
    CollectingEvidence,  // 调查取证
    SpeakingInCourt,     // 庭审发言、辩论
    PersonalSafety,      // 人身安全
    Other,
}

public enum RightsCaseState
{
    Received,      // 已收到
    Rejected,      // 不予受理 (with the reason)
    Accepted,      // 已受理
    Coordinating,  // 正在与有关机关协调
    Answered,      // 已答复申请律师
    Closed,        // 已办结 (with the lawyer's satisfaction)
}

public enum Satisfaction
{
    Satisfied,          // 满意
    BasicallySatisfied, // 基本满意
    Dissatisfied,       // 不满意
}

public enum RightsStepKind
{
    Reported,
    Accepted,
    Rejected,
    Coordinated,
    Answered,
    Closed,
    Overdue,
}
