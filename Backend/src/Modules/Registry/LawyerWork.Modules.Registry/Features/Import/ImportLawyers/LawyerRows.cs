using FluentValidation;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Features.Firms;
using LawyerWork.Modules.Registry.Features.Lawyers;
using LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Import.ImportLawyers;

/// <summary>A lawyer row: the registration it asks for, and the firm it names by its unified social credit code.</summary>
internal sealed class LawyerRow(int row, string? firmUscc, RegisterLawyerCommand command) : IImportRow
{
    public int Row { get; } = row;

    public string? FirmUscc { get; } = firmUscc;

    /// <summary>With <c>FirmId</c> filled in once the firm was found.</summary>
    public RegisterLawyerCommand Command { get; set; } = command;
}

/// <summary>Lawyer rows: each one a <see cref="RegisterLawyerCommand"/>, checked and written as that command does.</summary>
internal sealed class LawyerRows(RegistryDbContext db, DataScope scope, IValidator<RegisterLawyerCommand> validator, TimeProvider clock)
    : IImportRows<LawyerRow>
{
    public static readonly IReadOnlyList<ImportColumn> AllColumns =
    [
        new("name", "姓名", true),
        new("gender", "性别", true),
        new("idNumber", "身份证号码", true, "身份证号", "公民身份号码"),
        new("phone", "手机号码", false, "手机号", "手机"),
        new("certificateNumber", "执业证号", true, "执业证号码", "律师执业证号"),
        new("category", "执业类别", true),
        new("firmUscc", "律师事务所统一社会信用代码", false, "律所统一社会信用代码", "执业机构统一社会信用代码"),
        new("employer", "工作单位", false),
        new("regionCode", "区划代码", false, "行政区划代码"),
        new("firstPracticeYear", "首次执业年份", true),
        new("practisingSince", "执业起始日期", false),
        new("foreignRelated", "涉外", false, "是否涉外"),
        new("languages", "工作语言", false),
        new("specialties", "业务专长", false),
    ];

    private readonly Dictionary<string, int> certificateNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> idNumbers = new(StringComparer.Ordinal);
    private Dictionary<string, RegionLevel>? regions;

    public ImportKind Kind => ImportKind.Lawyers;

    public IReadOnlyList<ImportColumn> Columns => AllColumns;

    public LawyerRow Read(ImportCells cells) => new(
        cells.Row,
        cells.Text("firmUscc")?.ToUpperInvariant(),
        new RegisterLawyerCommand(
            cells.Text("name"),
            cells.Enum<Gender>("gender"),
            cells.Text("idNumber")?.ToUpperInvariant(),
            cells.Text("phone"),
            cells.Text("certificateNumber"),
            cells.Enum<LawyerCategory>("category"),
            FirmId: null,
            cells.Text("employer"),
            cells.Text("regionCode"),
            cells.Int("firstPracticeYear"),
            cells.Date("practisingSince"),
            cells.Bool("foreignRelated"),
            cells.List("languages"),
            cells.EnumList<Specialty>("specialties")));

    public async Task CheckAsync(IReadOnlyList<LawyerRow> batch, ImportBatchErrors errors, CancellationToken cancellationToken)
    {
        regions ??= await db.RegionLevelsAsync(cancellationToken);
        var usccs = batch.Where(r => r.FirmUscc is not null).Select(r => r.FirmUscc!).Distinct().ToList();
        var firms = usccs.Count == 0 ? [] : await db.Firms.AsNoTracking().VisibleTo(scope, db)
            .Where(f => usccs.Contains(f.Uscc))
            .Select(f => new FirmReference(f.Id, f.Uscc, f.RegionCode, f.Status))
            .ToDictionaryAsync(f => f.Uscc, StringComparer.Ordinal, cancellationToken);

        foreach (var row in batch)
        {
            var firm = row.FirmUscc is { } uscc ? firms.GetValueOrDefault(uscc) : null;
            if (row.FirmUscc is not null && firm is null)
            {
                errors.Add(row.Row, "firmUscc", LawyerChecks.FirmNotWritable);
            }

            // A firm named but not found still counts as named, so the category rules speak of what was written.
            row.Command = row.Command with { FirmId = row.FirmUscc is null ? null : firm?.Id ?? Guid.Empty };
            await ImportValidation.ValidateAsync(validator, row.Command, row.Row, errors, cancellationToken);
            var regionCode = RegionOf(row, firm, errors);
            CheckCertificateRegion(row, regionCode, errors);
            ImportValidation.Unique(certificateNumbers, row.Command.CertificateNumber, row.Row, "certificateNumber", errors);
            ImportValidation.Unique(idNumbers, row.Command.IdNumber, row.Row, "idNumber", errors);
        }

        await CheckRegisteredAsync(batch, errors, cancellationToken);
    }

    public async Task WriteAsync(IReadOnlyList<LawyerRow> batch, CancellationToken cancellationToken)
    {
        var firmIds = batch.Where(r => r.Command.FirmId is not null).Select(r => r.Command.FirmId!.Value).Distinct().ToList();
        var firms = await db.Firms.Where(f => firmIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var command in batch.Select(r => r.Command))
        {
            var firm = command.FirmId is { } firmId ? firms[firmId] : null;
            var regionCode = firm?.RegionCode ?? command.RegionCode!;
            var since = command.PractisingSince ?? DateOnly.FromDateTime(now.UtcDateTime);
            var lawyer = Lawyer.Register(NewId.Create(clock), command.ToInput(), command.IdNumber!, command.CertificateNumber!, firm, regionCode, since, now);
            db.Lawyers.Add(lawyer);
            db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerRegistered(lawyer.Id, lawyer.CertificateNumber, lawyer.FirmId, lawyer.RegionCode, now), clock));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The region the lawyer will practise in, as RegisterLawyer finds it: the firm's, or the employer's region; null when the row cannot say.</summary>
    private string? RegionOf(LawyerRow row, FirmReference? firm, ImportBatchErrors errors)
    {
        if (firm is not null)
        {
            if (errors.Has(row.Row, "firmUscc"))
            {
                return null;
            }

            if (!scope.MayWriteLawyersAt(firm.Id, firm.RegionCode))
            {
                errors.Add(row.Row, "firmUscc", new OutsideDataScopeException().Message);
            }
            else if (!Firm.CanTakeLawyers(firm.Status))
            {
                errors.Add(row.Row, "firmUscc", Firm.CannotTakeLawyers().Message);
            }

            return firm.RegionCode;
        }

        if (row.FirmUscc is not null || row.Command.Category is not { } category || !LawyerRules.WorksForEmployer(category)
            || row.Command.RegionCode is not { } regionCode || errors.Has(row.Row, "regionCode"))
        {
            return null;
        }

        if (!regions!.ContainsKey(regionCode))
        {
            errors.Add(row.Row, "regionCode", FirmChecks.NoSuchRegion);
            return null;
        }

        if (!scope.MayWriteIn(regionCode))
        {
            errors.Add(row.Row, "regionCode", new OutsideDataScopeException().Message);
        }

        return regionCode;
    }

    private void CheckCertificateRegion(LawyerRow row, string? regionCode, ImportBatchErrors errors)
    {
        if (regionCode is null || row.Command.CertificateNumber is not { } certificateNumber || errors.Has(row.Row, "certificateNumber"))
        {
            return;
        }

        var prefectureExists = regions!.GetValueOrDefault(LawyerChecks.PrefectureNamedBy(certificateNumber)) == RegionLevel.Prefecture;
        if (LawyerChecks.CertificateRegionProblem(certificateNumber, regionCode, prefectureExists) is { } problem)
        {
            errors.Add(row.Row, "certificateNumber", problem);
        }
    }

    private async Task CheckRegisteredAsync(IReadOnlyList<LawyerRow> batch, ImportBatchErrors errors, CancellationToken cancellationToken)
    {
        var certificates = ImportValidation.Keys(batch, r => r.Command.CertificateNumber, "certificateNumber", errors);
        var taken = certificates.Count == 0 ? [] : (await db.Lawyers.AsNoTracking()
            .Where(l => certificates.Contains(l.CertificateNumber)).Select(l => l.CertificateNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var ids = ImportValidation.Keys(batch, r => r.Command.IdNumber, "idNumber", errors);
        var registered = ids.Count == 0 ? [] : (await db.Lawyers.AsNoTracking()
            .RegisteredWithIdNumbers(ids).Select(l => l.IdNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in batch)
        {
            if (row.Command.CertificateNumber is { } certificateNumber && !errors.Has(row.Row, "certificateNumber") && taken.Contains(certificateNumber))
            {
                errors.Add(row.Row, "certificateNumber", LawyerChecks.CertificateNumberTaken(certificateNumber).Message);
            }

            if (row.Command.IdNumber is { } idNumber && !errors.Has(row.Row, "idNumber") && registered.Contains(idNumber))
            {
                errors.Add(row.Row, "idNumber", LawyerChecks.IdNumberRegistered().Message);
            }
        }
    }

    private sealed record FirmReference(Guid Id, string Uscc, string RegionCode, FirmStatus Status);
}
