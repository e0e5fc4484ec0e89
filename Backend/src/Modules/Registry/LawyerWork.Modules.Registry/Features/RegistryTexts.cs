using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Features;

/// <summary>
/// The register's code values as people read and write them, in the request's language (exports,
/// messages), and read back from what people typed (imports) in either language or as the API's name.
/// </summary>
internal static class RegistryTexts
{
    private static readonly Dictionary<OrganisationForm, (string Chinese, string English)> Forms = new()
    {
        [OrganisationForm.GeneralPartnership] = ("普通合伙", "General partnership"),
        [OrganisationForm.SpecialGeneralPartnership] = ("特殊的普通合伙", "Special general partnership"),
        [OrganisationForm.Sole] = ("个人", "Sole practice"),
        [OrganisationForm.StateFunded] = ("国资", "State-funded"),
    };

    private static readonly Dictionary<FirmSizeBand, (string Chinese, string English)> Bands = new()
    {
        [FirmSizeBand.Small] = ("小型", "Small"),
        [FirmSizeBand.Medium] = ("中型", "Medium"),
        [FirmSizeBand.Large] = ("大型", "Large"),
    };

    private static readonly Dictionary<FirmStatus, (string Chinese, string English)> FirmStatuses = new()
    {
        [FirmStatus.Practising] = ("执业", "Practising"),
        [FirmStatus.Suspended] = ("停业", "Suspended"),
        [FirmStatus.Cancelled] = ("注销", "Cancelled"),
    };

    private static readonly Dictionary<LawyerStatus, (string Chinese, string English)> LawyerStatuses = new()
    {
        [LawyerStatus.Practising] = ("执业", "Practising"),
        [LawyerStatus.Suspended] = ("停止执业", "Suspended"),
        [LawyerStatus.Cancelled] = ("注销", "Cancelled"),
    };

    private static readonly Dictionary<LawyerCategory, (string Chinese, string English)> Categories = new()
    {
        [LawyerCategory.FullTime] = ("专职", "Full-time"),
        [LawyerCategory.PartTime] = ("兼职", "Part-time"),
        [LawyerCategory.PublicSector] = ("公职", "Public-sector"),
        [LawyerCategory.Corporate] = ("公司", "Corporate"),
        [LawyerCategory.LegalAid] = ("法律援助", "Legal aid"),
    };

    private static readonly Dictionary<Gender, (string Chinese, string English)> Genders = new()
    {
        [Gender.Male] = ("男", "Male"),
        [Gender.Female] = ("女", "Female"),
    };

    private static readonly Dictionary<Specialty, (string Chinese, string English)> Specialties = new()
    {
        [Specialty.Criminal] = ("刑事", "Criminal"),
        [Specialty.Civil] = ("民事", "Civil"),
        [Specialty.Commercial] = ("商事与公司", "Commercial"),
        [Specialty.Administrative] = ("行政", "Administrative"),
        [Specialty.Labour] = ("劳动与社会保障", "Labour"),
        [Specialty.Family] = ("婚姻家庭", "Family"),
        [Specialty.IntellectualProperty] = ("知识产权", "Intellectual property"),
        [Specialty.Finance] = ("金融与证券", "Finance"),
        [Specialty.RealEstate] = ("房地产与建设工程", "Real estate"),
        [Specialty.ForeignRelated] = ("涉外", "Foreign-related"),
        [Specialty.Bankruptcy] = ("破产重整", "Bankruptcy"),
        [Specialty.Environmental] = ("环境资源", "Environmental"),
        [Specialty.Tax] = ("税务", "Tax"),
        [Specialty.Medical] = ("医疗", "Medical"),
    };

    public static string Of(OrganisationForm form) => Text(Forms, form);

    public static string Of(FirmSizeBand band) => Text(Bands, band);

    public static string Of(FirmStatus status) => Text(FirmStatuses, status);

    public static string Of(LawyerStatus status) => Text(LawyerStatuses, status);

    public static string Of(LawyerCategory category) => Text(Categories, category);

    public static string Of(Gender gender) => Text(Genders, gender);

    public static string Of(Specialty specialty) => Text(Specialties, specialty);

    /// <summary>
    /// Reads a code value as a person wrote it: its Chinese label (专职), its English label (Full-time)
    /// or its API name (FullTime), ignoring case and surrounding spaces. Numbers are not names.
    /// </summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var written = text.Trim();
        foreach (var (candidate, label) in Labels<T>())
        {
            if (written == label.Chinese
                || string.Equals(written, label.English, StringComparison.OrdinalIgnoreCase)
                || string.Equals(written, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every value's label in the request's language, for messages that list what may be written.</summary>
    public static IEnumerable<string> Names<T>()
        where T : struct, Enum =>
        Labels<T>().Select(l => Bilingual.Text(l.Label.Chinese, l.Label.English));

    private static IEnumerable<(T Value, (string Chinese, string English) Label)> Labels<T>()
        where T : struct, Enum
    {
        object labels = typeof(T) switch
        {
            var t when t == typeof(OrganisationForm) => Forms,
            var t when t == typeof(FirmSizeBand) => Bands,
            var t when t == typeof(FirmStatus) => FirmStatuses,
            var t when t == typeof(LawyerStatus) => LawyerStatuses,
            var t when t == typeof(LawyerCategory) => Categories,
            var t when t == typeof(Gender) => Genders,
            var t when t == typeof(Specialty) => Specialties,
            _ => throw new ArgumentException($"{typeof(T).Name} has no labels.", nameof(T)),
        };
        return ((IReadOnlyDictionary<T, (string Chinese, string English)>)labels).Select(l => (l.Key, l.Value));
    }

    private static string Text<T>(Dictionary<T, (string Chinese, string English)> labels, T value)
        where T : struct, Enum =>
        labels.TryGetValue(value, out var label) ? Bilingual.Text(label.Chinese, label.English) : value.ToString();
}
