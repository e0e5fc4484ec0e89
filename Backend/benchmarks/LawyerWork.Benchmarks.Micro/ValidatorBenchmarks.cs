using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;
using LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;
using LawyerWork.Modules.Registry.Features.Lawyers.UpdateLawyer;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// The FluentValidation validators of the hot write commands, called as ValidationBehavior calls them
/// (<c>ValidateAsync</c>): a valid command, and one with several faults (every failure is collected, so
/// this is the slow path). Validators are registered scoped (AddValidatorsFromAssemblies' default), so
/// each request also builds one: the "construct" rows measure that.
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private readonly TimeProvider clock = TimeProvider.System;
    private RegisterLawyerValidator registerLawyer = null!;
    private UpdateLawyerValidator updateLawyer = null!;
    private RegisterFirmValidator registerFirm = null!;

    private readonly RegisterLawyerCommand validRegisterLawyer = new(
        "张伟", Gender.Male, Samples.IdNumber(), "13812345678", Samples.CertificateNumber(), LawyerCategory.FullTime,
        Guid.CreateVersion7(Samples.Now), Employer: null, RegionCode: null, Samples.FirstPracticeYear, new DateOnly(2019, 3, 1),
        ForeignRelated: true, ["en", "ru"], [Specialty.ForeignRelated, Specialty.Commercial, Specialty.Civil]);

    // Name too short, wrong ID check character, certificate of 16 digits, bad phone, year before 1979, no firm
    // for a full-time lawyer, a malformed language and six specialties: eight failures.
    private readonly RegisterLawyerCommand faultyRegisterLawyer = new(
        "张", Gender.Female, Samples.WrongCheck(Samples.IdNumber(), "0123456789X"), "12345", Samples.CertificateNumber()[..16],
        LawyerCategory.FullTime, FirmId: null, Employer: null, RegionCode: null, 1970, null, ForeignRelated: false,
        ["english!"], [Specialty.Civil, Specialty.Criminal, Specialty.Tax, Specialty.Family, Specialty.Labour, Specialty.Medical]);

    private readonly UpdateLawyerCommand validUpdateLawyer = new(
        "张伟", Gender.Male, "13812345678", LawyerCategory.FullTime, Employer: null, Samples.FirstPracticeYear, ForeignRelated: true,
        ["en", "ru"], [Specialty.ForeignRelated, Specialty.Commercial, Specialty.Civil]);

    // No name, no gender, bad phone, year before 1979, a corporate lawyer without an employer, a malformed language: six failures.
    private readonly UpdateLawyerCommand faultyUpdateLawyer = new(
        null, null, "12345", LawyerCategory.Corporate, Employer: null, 1970, ForeignRelated: false, ["english!"], [Specialty.Civil]);

    private readonly RegisterFirmCommand validRegisterFirm = new(
        "长春正则律师事务所", Samples.Uscc(), Samples.LicenceNumber(), OrganisationForm.GeneralPartnership, FirmSizeBand.Medium,
        Samples.County, "王建国", "南关区人民大街 1234 号", "0431-88881234", new DateOnly(2005, 6, 1), BranchOfId: null);

    // Name too short, wrong USCC check character, short licence number, five-digit region, one-character director,
    // short address, bad phone, founded before 1979: eight failures.
    private readonly RegisterFirmCommand faultyRegisterFirm = new(
        "所", Samples.WrongCheck(Samples.Uscc(), UnifiedSocialCreditCode.Alphabet), "123", OrganisationForm.GeneralPartnership,
        FirmSizeBand.Medium, "22010", "王", "长春", "abc", new DateOnly(1970, 1, 1), BranchOfId: null);

    [GlobalSetup]
    public void Setup()
    {
        registerLawyer = new RegisterLawyerValidator(clock);
        updateLawyer = new UpdateLawyerValidator(clock);
        registerFirm = new RegisterFirmValidator(clock);
        Expect(registerLawyer.Validate(validRegisterLawyer), 0);
        Expect(registerLawyer.Validate(faultyRegisterLawyer), 8);
        Expect(updateLawyer.Validate(validUpdateLawyer), 0);
        Expect(updateLawyer.Validate(faultyUpdateLawyer), 6);
        Expect(registerFirm.Validate(validRegisterFirm), 0);
        Expect(registerFirm.Validate(faultyRegisterFirm), 8);
    }

    [Benchmark(Description = "RegisterLawyer validator: valid")]
    public Task<ValidationResult> RegisterLawyerValid() => registerLawyer.ValidateAsync(validRegisterLawyer);

    [Benchmark(Description = "RegisterLawyer validator: 8 faults")]
    public Task<ValidationResult> RegisterLawyerFaulty() => registerLawyer.ValidateAsync(faultyRegisterLawyer);

    [Benchmark(Description = "RegisterLawyer validator: construct")]
    public RegisterLawyerValidator RegisterLawyerConstruct() => new(clock);

    [Benchmark(Description = "UpdateLawyer validator: valid")]
    public Task<ValidationResult> UpdateLawyerValid() => updateLawyer.ValidateAsync(validUpdateLawyer);

    [Benchmark(Description = "UpdateLawyer validator: 6 faults")]
    public Task<ValidationResult> UpdateLawyerFaulty() => updateLawyer.ValidateAsync(faultyUpdateLawyer);

    [Benchmark(Description = "RegisterFirm validator: valid")]
    public Task<ValidationResult> RegisterFirmValid() => registerFirm.ValidateAsync(validRegisterFirm);

    [Benchmark(Description = "RegisterFirm validator: 8 faults")]
    public Task<ValidationResult> RegisterFirmFaulty() => registerFirm.ValidateAsync(faultyRegisterFirm);

    [Benchmark(Description = "RegisterFirm validator: construct")]
    public RegisterFirmValidator RegisterFirmConstruct() => new(clock);

    /// <summary>A benchmark of the wrong path measures nothing useful: the inputs must fail exactly as described.</summary>
    private static void Expect(ValidationResult result, int failures)
    {
        if (result.Errors.Count != failures)
        {
            throw new InvalidOperationException(
                $"Expected {failures} failures, got {result.Errors.Count}: {string.Join("; ", result.Errors.Select(e => e.PropertyName + ": " + e.ErrorMessage))}");
        }
    }
}
