using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms;

/// <summary>The checks against stored data that registering and updating a firm share.</summary>
internal static class FirmChecks
{
    public static async Task<Firm> VisibleFirmAsync(this RegistryDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        await db.Firms.VisibleTo(scope, db).SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
        ?? throw NoSuchFirm();

    public static NotFoundException NoSuchFirm() => new("未找到该律师事务所。", "No such firm.");

    public static async Task EnsureReferencesExistAsync(this RegistryDbContext db, IFirmFields fields, DataScope scope, Guid? self, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (!await db.Regions.AnyAsync(r => r.Code == fields.RegionCode, cancellationToken))
        {
            failures.Add(new("regionCode", NoSuchRegion));
        }

        if (fields.BranchOfId is { } parent
            && (parent == self || !await db.Firms.VisibleTo(scope, db).AnyAsync(f => f.Id == parent, cancellationToken)))
        {
            failures.Add(new("branchOfId", HeadFirmNotVisible));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    public static async Task EnsureUniqueAsync(this RegistryDbContext db, IFirmFields fields, Guid? self, CancellationToken cancellationToken)
    {
        if (await db.Firms.AnyAsync(f => f.Uscc == fields.Uscc && f.Id != self, cancellationToken))
        {
            throw UsccTaken(fields.Uscc!);
        }

        if (await db.Firms.AnyAsync(f => f.LicenceNumber == fields.LicenceNumber && f.Id != self, cancellationToken))
        {
            throw LicenceNumberTaken(fields.LicenceNumber!);
        }
    }

    public static string NoSuchRegion => Bilingual.Text("没有该代码的行政区划。", "There is no region with that code.");

    public static string HeadFirmNotVisible => Bilingual.Text("总所不存在或不在管理范围内。", "The head firm does not exist or is outside your scope.");

    public static ConflictException UsccTaken(string uscc) =>
        new("uscc-taken", $"统一社会信用代码 {uscc} 已登记给另一家律师事务所。", $"The unified social credit code {uscc} is registered to another firm.");

    public static ConflictException LicenceNumberTaken(string licenceNumber) =>
        new("licence-number-taken", $"执业许可证号 {licenceNumber} 已登记给另一家律师事务所。", $"The practice licence number {licenceNumber} is registered to another firm.");
}
