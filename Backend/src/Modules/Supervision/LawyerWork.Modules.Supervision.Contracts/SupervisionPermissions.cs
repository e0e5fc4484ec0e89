namespace LawyerWork.Modules.Supervision.Contracts;

public static class SupervisionPermissions
{
    /// <summary>Reading complaints, their ledgers and attachments (within the caller's region scope).</summary>
    public const string ComplaintsRead = "supervision.complaints.read";

    /// <summary>Filing a complaint for someone (staff taking a complaint by phone or in person).</summary>
    public const string ComplaintsFile = "supervision.complaints.file";

    /// <summary>The association's steps: acceptance, investigation, decision, notification, closing.</summary>
    public const string ComplaintsHandle = "supervision.complaints.handle";

    /// <summary>The justice bureau's step: the administrative penalty decision after a referral.</summary>
    public const string PenaltiesDecide = "supervision.penalties.decide";

    /// <summary>Reading rights-protection cases; a lawyer reads their own.</summary>
    public const string RightsRead = "supervision.rights.read";

    /// <summary>A lawyer reports an obstruction of their practice rights (or staff for them).</summary>
    public const string RightsReport = "supervision.rights.report";

    /// <summary>The association's rights-protection centre handles the cases.</summary>
    public const string RightsHandle = "supervision.rights.handle";

    /// <summary>Reading integrity records (rewards and sanctions) with their decision details.</summary>
    public const string IntegrityRead = "supervision.integrity.read";

    /// <summary>Entering rewards and sanctions directly, with their decision document number.</summary>
    public const string IntegrityWrite = "supervision.integrity.write";

    /// <summary>Writing surveys of firms, sending them, following their progress and reading the answers.</summary>
    public const string SurveysManage = "supervision.surveys.manage";

    /// <summary>Nominating, reviewing, designating and revoking model firms (示范所).</summary>
    public const string ModelFirmsManage = "supervision.model-firms.manage";

    /// <summary>Reading annual assessments (a firm's administrator reads the firm's own).</summary>
    public const string AssessmentsRead = "supervision.assessments.read";

    /// <summary>A firm's administrator writes the firm's self-report 自查报告.</summary>
    public const string AssessmentsReport = "supervision.assessments.report";

    /// <summary>The association gives its opinion 律协考核意见.</summary>
    public const string AssessmentsReview = "supervision.assessments.review";

    /// <summary>The justice bureau opens the year's assessment and records the results 审核结果.</summary>
    public const string AssessmentsDecide = "supervision.assessments.decide";

    /// <summary>Reading the association's meetings, decisions and committees.</summary>
    public const string GovernanceRead = "supervision.governance.read";

    /// <summary>The association's secretariat records meetings and decisions and keeps the committees.</summary>
    public const string GovernanceManage = "supervision.governance.manage";

    /// <summary>A firm's administrator answers the surveys sent to the firm.</summary>
    public const string SurveysAnswer = "supervision.surveys.answer";
}
