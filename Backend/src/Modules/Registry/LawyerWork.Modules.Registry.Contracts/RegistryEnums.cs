namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>律师事务所组织形式: the forms the Lawyers Law allows, plus state-funded firms.</summary>
public enum OrganisationForm
{
    /// <summary>普通合伙.</summary>
    GeneralPartnership,

    /// <summary>特殊的普通合伙.</summary>
    SpecialGeneralPartnership,

    /// <summary>个人.</summary>
    Sole,

    /// <summary>国资.</summary>
    StateFunded,
}

/// <summary>规模: the band used for model firms and surveys.</summary>
public enum FirmSizeBand
{
    Small,
    Medium,
    Large,
}

public enum FirmStatus
{
    /// <summary>执业.</summary>
    Practising,

    /// <summary>停业: suspended by decision (停业整顿) or on request.</summary>
    Suspended,

    /// <summary>注销.</summary>
    Cancelled,

    /// <summary>吊销执业许可证: revoked by an administrative penalty.</summary>
    Revoked,
}

/// <summary>执业类别.</summary>
public enum LawyerCategory
{
    /// <summary>专职.</summary>
    FullTime,

    /// <summary>兼职.</summary>
    PartTime,

    /// <summary>公职.</summary>
    PublicSector,

    /// <summary>公司.</summary>
    Corporate,

    /// <summary>法律援助.</summary>
    LegalAid,
}

public enum LawyerStatus
{
    /// <summary>执业.</summary>
    Practising,

    /// <summary>停止执业 (for a period).</summary>
    Suspended,

    /// <summary>注销.</summary>
    Cancelled,

    /// <summary>吊销执业证书: revoked by an administrative penalty.</summary>
    Revoked,
}

public enum Gender
{
    Male,
    Female,
}

/// <summary>Who an organisation is in the lawyer sector.</summary>
public enum OrganisationKind
{
    /// <summary>司法厅 / 司法局.</summary>
    JusticeBureau,

    /// <summary>律师协会.</summary>
    BarAssociation,
}
