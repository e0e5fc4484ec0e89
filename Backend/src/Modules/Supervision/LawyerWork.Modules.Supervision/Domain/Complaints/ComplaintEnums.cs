namespace LawyerWork.Modules.Supervision.Domain.Complaints;

public enum ComplaintState
{
    Received,       // 已收到: waiting for the association's acceptance decision
    Rejected,       // 不予受理 (with the reason); the complainant is still notified
    Investigating,  // 调查中: accepted, a handler assigned
    Referred,       // 移送司法行政机关: waiting for the bureau's penalty decision
    Decided,        // 已作出处理决定 (dismissal, discipline, or the bureau's penalty)
    Notified,       // 已告知投诉人
    Closed,         // 已结案; reopened on appeal
}

public enum ComplaintChannel
{
    Public,  // filed by the public on the website
    Staff,   // taken by staff for someone (phone, letter, visit)
}

public enum ComplaintOutcome
{
    Dismissed,   // 不予处分
    Discipline,  // 行业处分
    Referral,    // 移送司法行政机关给予行政处罚
}

public enum NotificationChannel
{
    Phone,
    Sms,
    Letter,
    Email,
    InPerson,
}

public enum ComplaintStepKind
{
    Filed,
    Accepted,
    Rejected,
    Note,
    Attachment,
    Decided,
    PenaltyDecided,
    Notified,
    Closed,
    Reopened,
    Overdue,
}
