using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.Modules.Registry.Tests.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    // Published codes of real organisations (business licences shown on their websites).
    [TestCase("91110000802100433B")] // 北京百度网讯科技有限公司
    [TestCase("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    [TestCase("312201000000000230")] // made here: a sum whose check value is 31, written as 0
    public void Real_and_edge_case_codes_have_a_correct_check_character(string code) =>
        Assert.That(UnifiedSocialCreditCode.HasValidCheckCharacter(code), Is.True);

    [TestCase("91110000802100433A")]
    [TestCase("9144030071526726XH")]
    [TestCase("312201000000000231")]
    public void A_wrong_check_character_is_caught(string code) =>
        Assert.That(UnifiedSocialCreditCode.HasValidCheckCharacter(code), Is.False);

    [TestCase("91110000802100433")] // 17
    [TestCase("91110000802100433BB")] // 19
    [TestCase("9111000080210043IB")] // I is not in the alphabet
    [TestCase("9111000080210043OB")]
    [TestCase("9111000080210043SB")]
    [TestCase("9111000080210043VB")]
    [TestCase("9111000080210043ZB")]
    [TestCase("91110000802100433b")] // lower case
    public void Codes_of_the_wrong_shape_are_refused(string code) =>
        Assert.That(UnifiedSocialCreditCode.HasValidShape(code), Is.False);

    [Test]
    public void Only_justice_administration_lawyer_organisations_start_with_31()
    {
        Assert.That(UnifiedSocialCreditCode.IsValidLawFirmCode("91110000802100433B"), Is.False);
        Assert.That(UnifiedSocialCreditCode.IsValidLawFirmCode("312201000000000230"), Is.True);
        var body = "31A20100MD0000001";
        Assert.That(UnifiedSocialCreditCode.IsValidLawFirmCode(body + UnifiedSocialCreditCode.CheckCharacter(body)), Is.False, "digits 3-8 are a division code");
    }
}

public sealed class ResidentIdNumberTests
{
    // GB 11643-1999's own examples.
    [TestCase("11010519491231002X")]
    [TestCase("440524188001010014")]
    public void The_standards_examples_are_valid(string number)
    {
        Assert.That(ResidentIdNumber.HasValidCheckCharacter(number), Is.True);
        Assert.That(ResidentIdNumber.BirthDate(number), Is.Not.Null);
    }

    [Test]
    public void Birth_date_and_gender_are_read_from_the_number()
    {
        Assert.That(ResidentIdNumber.BirthDate("11010519491231002X"), Is.EqualTo(new DateOnly(1949, 12, 31)));
        Assert.That(ResidentIdNumber.IsMale("11010519491231002X"), Is.False);
        Assert.That(ResidentIdNumber.IsMale("440524188001010014"), Is.True);
    }

    [TestCase("110105194912310029")]
    [TestCase("11010519491231002x")]
    [TestCase("440524188001010015")]
    public void A_wrong_check_character_is_caught(string number) =>
        Assert.That(ResidentIdNumber.HasValidCheckCharacter(number), Is.False);

    [Test]
    public void An_impossible_birth_date_is_no_date()
    {
        const string body = "22010219900230001"; // 30 February
        var number = body + ResidentIdNumber.CheckCharacter(body);
        Assert.That(ResidentIdNumber.HasValidCheckCharacter(number), Is.True);
        Assert.That(ResidentIdNumber.BirthDate(number), Is.Null);
    }

    [Test]
    public void Masking_keeps_the_first_three_and_last_four() =>
        Assert.That(ResidentIdNumber.Mask("22010219900307425X"), Is.EqualTo("220***********425X"));
}

public sealed class MobilePhoneNumberTests
{
    [TestCase("13812345678", true)]
    [TestCase("19912345678", true)]
    [TestCase("12812345678", false)]
    [TestCase("1381234567", false)]
    [TestCase("138123456789", false)]
    [TestCase("+8613812345678", false)]
    [TestCase("0431-88888888", false)]
    public void Mainland_mobile_numbers_are_11_digits_from_13_to_19(string number, bool valid) =>
        Assert.That(MobilePhoneNumber.IsValid(number), Is.EqualTo(valid));

    [Test]
    public void Masking_hides_the_middle_four() => Assert.That(MobilePhoneNumber.Mask("13812345678"), Is.EqualTo("138****5678"));
}

public sealed class PracticeCertificateNumberTests
{
    [Test]
    public void The_parts_are_read_where_the_rule_puts_them()
    {
        const string number = "12201201011000123";
        Assert.That(PracticeCertificateNumber.HasValidShape(number), Is.True);
        Assert.That(PracticeCertificateNumber.HasLawyerType(number), Is.True);
        Assert.That(PracticeCertificateNumber.PrefecturePrefix(number), Is.EqualTo("2201"));
        Assert.That(PracticeCertificateNumber.FirstPracticeYear(number), Is.EqualTo(2010));
        Assert.That(PracticeCertificateNumber.CategoryDigit(number), Is.EqualTo('1'));
    }

    [TestCase('1', LawyerCategory.FullTime, true)]
    [TestCase('3', LawyerCategory.FullTime, true)]
    [TestCase('5', LawyerCategory.FullTime, true)]
    [TestCase('2', LawyerCategory.FullTime, false)]
    [TestCase('2', LawyerCategory.PartTime, true)]
    [TestCase('1', LawyerCategory.PartTime, false)]
    [TestCase('6', LawyerCategory.PublicSector, true)]
    [TestCase('1', LawyerCategory.Corporate, false)]
    public void The_category_digit_must_agree_with_the_category(char digit, LawyerCategory category, bool matches) =>
        Assert.That(PracticeCertificateNumber.CategoryMatches(digit, category), Is.EqualTo(matches));

    [TestCase("1220120101100012")]
    [TestCase("122012010110001234")]
    [TestCase("1220120101100012A")]
    public void Numbers_of_the_wrong_shape_are_refused(string number) =>
        Assert.That(PracticeCertificateNumber.HasValidShape(number), Is.False);
}

public sealed class RegionCodesTests
{
    [TestCase("220000", "220000", "229999")]
    [TestCase("220100", "220100", "220199")]
    [TestCase("229900", "229900", "229999")]
    [TestCase("220104", "220104", "220104")]
    [TestCase("220171", "220171", "220171")]
    public void A_subtree_is_one_range_of_codes(string code, string from, string to) =>
        Assert.That(RegionCodes.SubtreeRange(code), Is.EqualTo((from, to)));

    [Test]
    public void Within_follows_the_tree()
    {
        Assert.That(RegionCodes.IsWithin("220104", "220100"), Is.True);
        Assert.That(RegionCodes.IsWithin("220104", "220000"), Is.True);
        Assert.That(RegionCodes.IsWithin("220202", "220100"), Is.False);
        Assert.That(RegionCodes.PrefectureOf("220104"), Is.EqualTo("220100"));
    }
}
