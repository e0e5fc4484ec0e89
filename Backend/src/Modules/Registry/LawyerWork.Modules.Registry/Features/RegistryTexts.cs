using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>The register's code values as people read them, in the request's language (exports, messages).</summary>
internal static class RegistryTexts
{
    public static string Of(OrganisationForm form) => form switch
    {
        OrganisationForm.GeneralPartnership => Bilingual.Text("普通合伙", "General partnership"),
        OrganisationForm.SpecialGeneralPartnership => Bilingual.Text("特殊的普通合伙", "Special general partnership"),
        OrganisationForm.Sole => Bilingual.Text("个人", "Sole practice"),
        OrganisationForm.StateFunded => Bilingual.Text("国资", "State-funded"),
        _ => form.ToString(),
    };

    public static string Of(FirmSizeBand band) => band switch
    {
        FirmSizeBand.Small => Bilingual.Text("小型", "Small"),
        FirmSizeBand.Medium => Bilingual.Text("中型", "Medium"),
        FirmSizeBand.Large => Bilingual.Text("大型", "Large"),
        _ => band.ToString(),
    };

    public static string Of(FirmStatus status) => status switch
    {
        FirmStatus.Practising => Bilingual.Text("执业", "Practising"),
        FirmStatus.Suspended => Bilingual.Text("停业", "Suspended"),
        FirmStatus.Cancelled => Bilingual.Text("注销", "Cancelled"),
        _ => status.ToString(),
    };

    public static string Of(LawyerStatus status) => status switch
    {
        LawyerStatus.Practising => Bilingual.Text("执业", "Practising"),
        LawyerStatus.Suspended => Bilingual.Text("停止执业", "Suspended"),
        LawyerStatus.Cancelled => Bilingual.Text("注销", "Cancelled"),
        _ => status.ToString(),
    };

    public static string Of(LawyerCategory category) => category switch
    {
        LawyerCategory.FullTime => Bilingual.Text("专职", "Full-time"),
        LawyerCategory.PartTime => Bilingual.Text("兼职", "Part-time"),
        LawyerCategory.PublicSector => Bilingual.Text("公职", "Public-sector"),
        LawyerCategory.Corporate => Bilingual.Text("公司", "Corporate"),
        LawyerCategory.LegalAid => Bilingual.Text("法律援助", "Legal aid"),
        _ => category.ToString(),
    };

    public static string Of(Gender gender) => gender == Gender.Male ? Bilingual.Text("男", "Male") : Bilingual.Text("女", "Female");

    public static string Of(Specialty specialty) => specialty switch
    {
        Specialty.Criminal => Bilingual.Text("刑事", "Criminal"),
        Specialty.Civil => Bilingual.Text("民事", "Civil"),
        Specialty.Commercial => Bilingual.Text("商事与公司", "Commercial"),
        Specialty.Administrative => Bilingual.Text("行政", "Administrative"),
        Specialty.Labour => Bilingual.Text("劳动与社会保障", "Labour"),
        Specialty.Family => Bilingual.Text("婚姻家庭", "Family"),
        Specialty.IntellectualProperty => Bilingual.Text("知识产权", "Intellectual property"),
        Specialty.Finance => Bilingual.Text("金融与证券", "Finance"),
        Specialty.RealEstate => Bilingual.Text("房地产与建设工程", "Real estate"),
        Specialty.ForeignRelated => Bilingual.Text("涉外", "Foreign-related"),
        Specialty.Bankruptcy => Bilingual.Text("破产重整", "Bankruptcy"),
        Specialty.Environmental => Bilingual.Text("环境资源", "Environmental"),
        Specialty.Tax => Bilingual.Text("税务", "Tax"),
        Specialty.Medical => Bilingual.Text("医疗", "Medical"),
        _ => specialty.ToString(),
    };
}
