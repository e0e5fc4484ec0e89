using FluentValidation;
using FluentValidation.Results;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Lawyers;

/// <summary>Checks of a lawyer's input against stored data and the caller's scope.</summary>
internal static class LawyerChecks
{
    /// <summary>A firm the caller may put lawyers into: in their region, or their own firm.</summary>
    public static async Task<Firm> FirmForWriteAsync(this RegistryDbContext db, Guid firmId, DataScope scope, string field, CancellationToken cancellationToken)
    {
        var firm = await db.Firms.VisibleTo(scope, db).SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken)
            ?? throw InvalidField.Exception(field, FirmNotWritable);
        scope.EnsureMayWriteLawyersAt(firm);
        return firm;
    }

    public static string FirmNotWritable => Bilingual.Text("律师事务所不存在或不在管理范围内。", "The firm does not exist or is outside your scope.");

    public static void EnsureMayWriteLawyersAt(this DataScope scope, Firm firm)
    {
        if (!scope.MayWriteLawyersAt(firm.Id, firm.RegionCode))
        {
            throw new OutsideDataScopeException();
        }
    }

    /// <summary>A firm's own administrator, or an officer whose region holds the firm.</summary>
    public static bool MayWriteLawyersAt(this DataScope scope, Guid firmId, string firmRegionCode) =>
        (scope.Kind == DataScopeKind.Firm && scope.FirmId == firmId) || scope.MayWriteIn(firmRegionCode);

    public static void EnsureMayWrite(this DataScope scope, Lawyer lawyer)
    {
        if (lawyer.Firm is not null)
        {
            scope.EnsureMayWriteLawyersAt(lawyer.Firm);
        }
        else
        {
            scope.EnsureMayWriteIn(lawyer.RegionCode);
        }
    }

    /// <summary>The certificate's digits 2–5 must name an existing prefecture, the one the lawyer practises in.</summary>
    public static async Task EnsureCertificateRegionAsync(this RegistryDbContext db, string certificateNumber, string regionCode, CancellationToken cancellationToken)
    {
        var prefecture = PrefectureNamedBy(certificateNumber);
        var exists = await db.Regions.AnyAsync(r => r.Code == prefecture && r.Level == RegionLevel.Prefecture, cancellationToken);
        if (CertificateRegionProblem(certificateNumber, regionCode, exists) is { } problem)
        {
            throw InvalidField.Exception("certificateNumber", problem);
        }
    }

    /// <summary>The prefecture code that digits 2–5 of a certificate number name (12201… → 220100).</summary>
    public static string PrefectureNamedBy(string certificateNumber) => PracticeCertificateNumber.PrefecturePrefix(certificateNumber) + "00";

    /// <summary>Why the certificate's digits 2–5 do not fit the practice organisation's region, or null when they do.</summary>
    public static string? CertificateRegionProblem(string certificateNumber, string regionCode, bool prefectureExists)
    {
        var prefix = PracticeCertificateNumber.PrefecturePrefix(certificateNumber);
        if (!prefectureExists)
        {
            return Bilingual.Text(
                $"执业证号第 2 至 5 位（{prefix}）不是吉林省的市（州）代码。", $"Digits 2 to 5 of the certificate number ({prefix}) name no prefecture of Jilin.");
        }

        return RegionCodes.PrefectureOf(regionCode) != prefix + "00"
            ? Bilingual.Text(
                $"执业证号第 2 至 5 位（{prefix}）与执业机构所在地（{regionCode}）不符。",
                $"Digits 2 to 5 of the certificate number ({prefix}) do not match the practice organisation's region ({regionCode}).")
            : null;
    }

    public static async Task EnsureUniqueAsync(this RegistryDbContext db, string certificateNumber, string idNumber, CancellationToken cancellationToken)
    {
        if (await db.Lawyers.AnyAsync(l => l.CertificateNumber == certificateNumber, cancellationToken))
        {
            throw CertificateNumberTaken(certificateNumber);
        }

        if (await db.Lawyers.RegisteredWithIdNumbers([idNumber]).AnyAsync(cancellationToken))
        {
            throw IdNumberRegistered();
        }
    }

    /// <summary>Lawyers whose registration holds one of these ID numbers: any but a cancelled one (注销 frees the number).</summary>
    public static IQueryable<Lawyer> RegisteredWithIdNumbers(this IQueryable<Lawyer> lawyers, IReadOnlyCollection<string> idNumbers) =>
        lawyers.Where(l => idNumbers.Contains(l.IdNumber) && l.Status != LawyerStatus.Cancelled);

    public static ConflictException CertificateNumberTaken(string certificateNumber) =>
        new("certificate-number-taken", $"执业证号 {certificateNumber} 已登记。", $"The certificate number {certificateNumber} is already registered.");

    // The message names no number: the caller may not be allowed to see whose it is.
    public static ConflictException IdNumberRegistered() =>
        new("id-number-registered", "该身份证号码已有执业登记，不能重复登记。", "A lawyer with this ID number is already registered.");

    public static ValidationException Field(string field, string chinese, string english) =>
        new([new ValidationFailure(field, Bilingual.Text(chinese, english))]);
}
