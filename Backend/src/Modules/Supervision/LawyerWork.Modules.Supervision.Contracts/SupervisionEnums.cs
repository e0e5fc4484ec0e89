namespace LawyerWork.Modules.Supervision.Contracts;

/// <summary>Association discipline 行业处分, decided by the bar association of the lawyer's region.</summary>
public enum DisciplineKind
{
    Admonition,            // 训诫
    Warning,               // 警告
    CircularCriticism,     // 通报批评
    PublicCensure,         // 公开谴责
    MembershipSuspension,  // 中止会员权利
    MembershipRevocation,  // 取消会员资格
}

/// <summary>Administrative penalty 行政处罚, decided by the justice bureau after a referral.</summary>
public enum PenaltyKind
{
    Warning,                // 警告
    Fine,                   // 罚款 (with an amount)
    Confiscation,           // 没收违法所得 (with an amount)
    PracticeSuspension,     // 停止执业 (a lawyer, for a period)
    FirmRectification,      // 停业整顿 (a firm, for a period)
    CertificateRevocation,  // 吊销律师执业证书
    LicenceRevocation,      // 吊销律师事务所执业许可证
    NoPenalty,              // 不予处罚
}

public enum IntegrityKind
{
    Reward,    // 表彰奖励
    Sanction,  // 惩戒
}

public enum SubjectKind
{
    Lawyer,
    Firm,
}
