using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;

/// <summary>
/// 执业登记: a practising lawyer at a firm (full-time, part-time) or for an employer (public-sector,
/// corporate, legal aid, with the employer's region).
/// </summary>
public sealed record RegisterLawyerCommand(
    string? Name,
    Gender? Gender,
    string? IdNumber,
    string? Phone,
    string? CertificateNumber,
    LawyerCategory? Category,
    Guid? FirmId,
    string? Employer,
    string? RegionCode,
    int? FirstPracticeYear,
    DateOnly? PractisingSince,
    bool? ForeignRelated,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<Specialty>? Specialties) : ICommand<LawyerDetails>, ILawyerFields;

public sealed class RegisterLawyerValidator : LawyerFieldsValidator<RegisterLawyerCommand>
{
    public RegisterLawyerValidator(TimeProvider clock)
        : base(clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(l => l.IdNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Required)
            .Must(ResidentIdNumber.HasValidShape!)
            .WithMessage(_ => Bilingual.Text("身份证号码须为 18 位：17 位数字加 1 位数字或 X。", "An ID number has 18 characters: 17 digits and a digit or X."))
            .Must(n => ResidentIdNumber.HasValidCheckCharacter(n!))
            .WithMessage(_ => Bilingual.Text("身份证号码校验位不正确（GB 11643），请核对。", "The ID number's check character is wrong (GB 11643); check the number."))
            .Must(n => ResidentIdNumber.BirthDate(n!) is { } birth && birth <= today)
            .WithMessage(_ => Bilingual.Text("身份证号码中的出生日期无效。", "The ID number holds no valid birth date."))
            .Must(n => ResidentIdNumber.BirthDate(n!)!.Value.AddYears(18) <= today)
            .WithMessage(_ => Bilingual.Text("律师须年满 18 周岁。", "A lawyer must be at least 18 years old."));
        RuleFor(l => l.Gender)
            .Must((l, gender) => ResidentIdNumber.IsMale(l.IdNumber!) == (gender == Contracts.Gender.Male))
            .WithMessage(_ => Bilingual.Text("性别与身份证号码不符。", "The gender does not match the ID number."))
            .When(l => l.Gender is not null && l.IdNumber is not null && ResidentIdNumber.HasValidCheckCharacter(l.IdNumber));
        RuleFor(l => l.CertificateNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Required)
            .Must(PracticeCertificateNumber.HasValidShape!)
            .WithMessage(_ => Bilingual.Text("执业证号须为 17 位数字。", "A practice certificate number is 17 digits."))
            .Must(PracticeCertificateNumber.HasLawyerType!)
            .WithMessage(_ => Bilingual.Text("律师执业证号第 1 位须为 1（律师执业证）。", "Digit 1 of a lawyer's certificate number is 1 (lawyer's practice certificate)."))
            .Must((l, n) => l.FirstPracticeYear is null || PracticeCertificateNumber.FirstPracticeYear(n!) == l.FirstPracticeYear)
            .WithMessage(_ => Bilingual.Text("执业证号第 6 至 9 位须为首次执业年份。", "Digits 6 to 9 of the certificate number must be the first practice year."))
            .Must((l, n) => l.Category is null || PracticeCertificateNumber.CategoryMatches(PracticeCertificateNumber.CategoryDigit(n!), l.Category.Value))
            .WithMessage(_ => Bilingual.Text("执业证号第 10 位与执业类别不符（专职 1，兼职 2，港澳台居民 3 至 5）。", "Digit 10 of the certificate number does not match the category (full-time 1, part-time 2, Hong Kong/Macao/Taiwan residents 3 to 5)."));
        RuleFor(l => l.FirmId).NotNull()
            .WithMessage(_ => Bilingual.Text("专职和兼职律师须在律师事务所执业。", "Full-time and part-time lawyers practise at a firm."))
            .When(l => l.Category is { } c && !LawyerRules.WorksForEmployer(c));
        RuleFor(l => l.FirmId).Null()
            .WithMessage(_ => Bilingual.Text("公职、公司和法律援助律师不在律师事务所执业。", "Public-sector, corporate and legal-aid lawyers practise at no firm."))
            .When(l => l.Category is { } c && LawyerRules.WorksForEmployer(c));
        RuleFor(l => l.RegionCode).Must(RegionCodes.IsWellFormed)
            .WithMessage(_ => Bilingual.Text("请填写工作单位所在地的六位区划代码。", "Give the employer's six-digit region code."))
            .When(l => l.Category is { } c && LawyerRules.WorksForEmployer(c));
        RuleFor(l => l.PractisingSince).Must(d => d!.Value <= today && d.Value.Year >= 1979)
            .WithMessage(_ => Bilingual.Text("执业起始日期须在 1979 年以后且不晚于今天。", "The practising-since date must be after 1979 and not in the future."))
            .When(l => l.PractisingSince is not null);
    }
}

public sealed class RegisterLawyerHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterLawyerCommand, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(RegisterLawyerCommand command, CancellationToken cancellationToken)
    {
        Firm? firm = null;
        string regionCode;
        if (command.FirmId is { } firmId)
        {
            firm = await db.FirmForWriteAsync(firmId, user.Scope, "firmId", cancellationToken);
            firm.EnsureCanTakeLawyers();
            regionCode = firm.RegionCode;
        }
        else
        {
            regionCode = command.RegionCode!;
            if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
            {
                throw InvalidField.Exception("regionCode", Firms.FirmChecks.NoSuchRegion);
            }

            user.Scope.EnsureMayWriteIn(regionCode);
        }

        await db.EnsureCertificateRegionAsync(command.CertificateNumber!, regionCode, cancellationToken);
        await db.EnsureUniqueAsync(command.CertificateNumber!, command.IdNumber!, cancellationToken);

        var now = clock.GetUtcNow();
        var since = command.PractisingSince ?? DateOnly.FromDateTime(now.UtcDateTime);
        var lawyer = Lawyer.Register(NewId.Create(clock), command.ToInput(), command.IdNumber!, command.CertificateNumber!, firm, regionCode, since, now);
        db.Lawyers.Add(lawyer);
        db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerRegistered(lawyer.Id, lawyer.CertificateNumber, lawyer.FirmId, lawyer.RegionCode, now), clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await db.EnsureUniqueAsync(command.CertificateNumber!, command.IdNumber!, cancellationToken);
            throw;
        }

        return await db.DetailsAsync(lawyer, user, cancellationToken);
    }
}
