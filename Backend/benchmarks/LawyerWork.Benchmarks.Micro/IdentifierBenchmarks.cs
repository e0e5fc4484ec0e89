using BenchmarkDotNet.Attributes;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>The identifier rules every lawyer and firm write and every import row goes through, one number per operation.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private readonly string idNumber = Samples.IdNumber();
    private readonly string wrongIdNumber = Samples.WrongCheck(Samples.IdNumber(), "0123456789X");
    private readonly string uscc = Samples.Uscc();
    private readonly string wrongUscc = Samples.WrongCheck(Samples.Uscc(), UnifiedSocialCreditCode.Alphabet);
    private readonly string certificateNumber = Samples.CertificateNumber();
    private readonly string phone = "13812345678";

    [Benchmark(Description = "ResidentIdNumber: shape and check character, valid")]
    public bool IdNumberValid() => ResidentIdNumber.HasValidCheckCharacter(idNumber);

    [Benchmark(Description = "ResidentIdNumber: shape and check character, wrong check")]
    public bool IdNumberWrongCheck() => ResidentIdNumber.HasValidCheckCharacter(wrongIdNumber);

    [Benchmark(Description = "ResidentIdNumber: birth date")]
    public DateOnly? IdNumberBirthDate() => ResidentIdNumber.BirthDate(idNumber);

    [Benchmark(Description = "UnifiedSocialCreditCode: law-firm code, valid")]
    public bool UsccValidLawFirmCode() => UnifiedSocialCreditCode.IsValidLawFirmCode(uscc);

    [Benchmark(Description = "UnifiedSocialCreditCode: check character, wrong check")]
    public bool UsccWrongCheck() => UnifiedSocialCreditCode.HasValidCheckCharacter(wrongUscc);

    /// <summary>What RegisterLawyer's validator asks of a certificate number: shape, type, year and category digits.</summary>
    [Benchmark(Description = "PracticeCertificateNumber: shape, type, year, category")]
    public bool CertificateNumberRules() =>
        PracticeCertificateNumber.HasValidShape(certificateNumber)
        && PracticeCertificateNumber.HasLawyerType(certificateNumber)
        && PracticeCertificateNumber.FirstPracticeYear(certificateNumber) == Samples.FirstPracticeYear
        && PracticeCertificateNumber.CategoryMatches(PracticeCertificateNumber.CategoryDigit(certificateNumber), LawyerCategory.FullTime);

    [Benchmark(Description = "MobilePhoneNumber: valid (generated regex)")]
    public bool PhoneValid() => MobilePhoneNumber.IsValid(phone);
}
