using System.Globalization;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// Inputs made the way DemoRegister makes the demo population: ID numbers with their GB 11643 check
/// character, law-firm USCCs with their GB 32100 check character, 17-digit certificate numbers whose
/// digits 2–5 name the prefecture, 6–9 the first practice year and 10 the category.
/// </summary>
internal static class Samples
{
    public const string County = "220102"; // 长春市南关区
    public const string CountyName = "南关区";
    public const int FirstPracticeYear = 2019;

    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A man born on 1988-03-15 in 南关区, sequence <paramref name="sequence"/> (odd for men).</summary>
    public static string IdNumber(int sequence = 123, string birth = "19880315")
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{County}{birth}{sequence:000}");
        return body + ResidentIdNumber.CheckCharacter(body);
    }

    /// <summary>A full-time male lawyer in 长春 who first practised in 2019, the n-th of the register.</summary>
    public static string CertificateNumber(int n = 123) =>
        string.Create(CultureInfo.InvariantCulture, $"1{County[..4]}{FirstPracticeYear}{PracticeCertificateNumber.CategoryDigitFor(LawyerCategory.FullTime)}1{n:000000}");

    /// <summary>The n-th firm's code: 31 (justice administration, law firm), the county, an organisation code, the check character.</summary>
    public static string Uscc(int n = 123)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"31{County}MA{n:0000000}");
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    public static string LicenceNumber(int n = 123) => string.Create(CultureInfo.InvariantCulture, $"3{County[..4]}2005{n:00000000}");

    /// <summary>The same number with its last character replaced by a wrong one.</summary>
    public static string WrongCheck(string number, string alphabet)
    {
        var last = number[^1];
        var wrong = alphabet[(alphabet.IndexOf(last, StringComparison.Ordinal) + 1) % alphabet.Length];
        return string.Concat(number.AsSpan(0, number.Length - 1), wrong.ToString());
    }

    public static Firm Firm(int n = 123, string name = "长春正则律师事务所") => LawyerWork.Modules.Registry.Domain.Firm.Register(
        Guid.CreateVersion7(Now),
        new FirmDetailsInput(
            name, Uscc(n), LicenceNumber(n), OrganisationForm.GeneralPartnership, FirmSizeBand.Medium, County,
            "王建国", "南关区人民大街 1234 号", "0431-88881234", new DateOnly(2005, 6, 1), null),
        Now);

    /// <summary>
    /// A full-time lawyer with the fields a detail page shows filled in: a phone, two languages, three
    /// specialties and a transfer between two firms (two periods of history), as one in ten demo lawyers has.
    /// </summary>
    public static Lawyer Lawyer()
    {
        var first = Firm(123);
        var second = Firm(124, "长春明德律师事务所");
        var lawyer = LawyerWork.Modules.Registry.Domain.Lawyer.Register(
            Guid.CreateVersion7(Now),
            new LawyerDetailsInput(
                "张伟", Gender.Male, "13812345678", LawyerCategory.FullTime, null, FirstPracticeYear, ForeignRelated: true,
                ["en", "ru"], [Specialty.ForeignRelated, Specialty.Commercial, Specialty.Civil]),
            IdNumber(), CertificateNumber(), first, County, new DateOnly(FirstPracticeYear, 3, 1), Now);
        lawyer.TransferTo(second, first, new DateOnly(2023, 7, 1), Now);
        return lawyer;
    }
}
