namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>业务专长: a closed list, so that "lawyers for labour disputes in 延边" is a query, not a text search.</summary>
public enum Specialty
{
    /// <summary>刑事.</summary>
    Criminal,

    /// <summary>民事.</summary>
    Civil,

    /// <summary>商事与公司.</summary>
    Commercial,

    /// <summary>行政.</summary>
    Administrative,

    /// <summary>劳动与社会保障.</summary>
    Labour,

    /// <summary>婚姻家庭.</summary>
    Family,

    /// <summary>知识产权.</summary>
    IntellectualProperty,

    /// <summary>金融与证券.</summary>
    Finance,

    /// <summary>房地产与建设工程.</summary>
    RealEstate,

    /// <summary>涉外.</summary>
    ForeignRelated,

    /// <summary>破产重整.</summary>
    Bankruptcy,

    /// <summary>环境资源.</summary>
    Environmental,

    /// <summary>税务.</summary>
    Tax,

    /// <summary>医疗.</summary>
    Medical,
}
