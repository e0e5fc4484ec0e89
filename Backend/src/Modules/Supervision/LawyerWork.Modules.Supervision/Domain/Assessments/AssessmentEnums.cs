namespace LawyerWork.Modules.Supervision.Domain.Assessments;

/// <summary>The result of an annual assessment 年度考核 of a lawyer or a firm.</summary>
public enum AssessmentResult
{
    Qualified,           // 合格 (称职)
    BasicallyQualified,  // 基本合格 (基本称职)
    Unqualified,         // 不合格 (不称职)
}

public enum AssessmentState
{
    SelfReporting,  // the firm writes its self-report 自查报告
    Submitted,      // self-report handed in; waiting for the association's opinion
    Reviewed,       // the association's opinion 律协考核意见 recorded
    Decided,        // the justice bureau's result 司法行政机关审核结果 recorded
}
