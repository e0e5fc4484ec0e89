using FluentValidation;
using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Features.Firms;
using LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Import.ImportFirms;

/// <summary>A firm row: the registration it asks for, and its head firm (for a branch) named by its unified social credit code.</summary>
internal sealed class FirmRow(int row, string? branchOfUscc, RegisterFirmCommand command) : IImportRow
{
    public int Row { get; } = row;

    public string? BranchOfUscc { get; } = branchOfUscc;

    /// <summary>With <c>BranchOfId</c> filled in once the head firm was found.</summary>
    public RegisterFirmCommand Command { get; set; } = command;
}

/// <summary>Firm rows: each one a <see cref="RegisterFirmCommand"/>, checked and written as that command does.</summary>
internal sealed class FirmRows(RegistryDbContext db, DataScope scope, IValidator<RegisterFirmCommand> validator, TimeProvider clock)
    : IImportRows<FirmRow>
{
    public static readonly IReadOnlyList<ImportColumn> AllColumns =
    [
        new("name", "律所名称", true, "名称", "律师事务所名称"),
        new("uscc", "统一社会信用代码", true),
        new("licenceNumber", "执业许可证号", true, "执业许可证号码", "许可证号"),
        new("organisationForm", "组织形式", true),
        new("sizeBand", "规模", true),
        new("regionCode", "区划代码", true, "行政区划代码"),
        new("director", "负责人", true, "主任"),
        new("address", "地址", true, "住所", "办公地址"),
        new("phone", "联系电话", false, "电话"),
        new("foundedOn", "成立日期", true),
        new("branchOfUscc", "总所统一社会信用代码", false),
    ];

    private readonly Dictionary<string, int> usccs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> licenceNumbers = new(StringComparer.Ordinal);
    private Dictionary<string, RegionLevel>? regions;

    public ImportKind Kind => ImportKind.Firms;

    public IReadOnlyList<ImportColumn> Columns => AllColumns;

    public FirmRow Read(ImportCells cells) => new(
        cells.Row,
        cells.Text("branchOfUscc")?.ToUpperInvariant(),
        new RegisterFirmCommand(
            cells.Text("name"),
            cells.Text("uscc")?.ToUpperInvariant(),
            cells.Text("licenceNumber"),
            cells.Enum<OrganisationForm>("organisationForm"),
            cells.Enum<FirmSizeBand>("sizeBand"),
            cells.Text("regionCode"),
            cells.Text("director"),
            cells.Text("address"),
            cells.Text("phone"),
            cells.Date("foundedOn"),
            BranchOfId: null));

    public async Task CheckAsync(IReadOnlyList<FirmRow> batch, ImportBatchErrors errors, CancellationToken cancellationToken)
    {
        regions ??= await db.RegionLevelsAsync(cancellationToken);
        var heads = batch.Where(r => r.BranchOfUscc is not null).Select(r => r.BranchOfUscc!).Distinct().ToList();
        var headFirms = heads.Count == 0 ? [] : await db.Firms.AsNoTracking().VisibleTo(scope, db)
            .Where(f => heads.Contains(f.Uscc))
            .ToDictionaryAsync(f => f.Uscc, f => f.Id, StringComparer.Ordinal, cancellationToken);

        foreach (var row in batch)
        {
            if (row.BranchOfUscc is { } head)
            {
                if (headFirms.TryGetValue(head, out var headId))
                {
                    row.Command = row.Command with { BranchOfId = headId };
                }
                else
                {
                    errors.Add(row.Row, "branchOfUscc", usccs.TryGetValue(head, out var headRow)
                        ? Bilingual.Text($"总所在本文件第 {headRow} 行：请先导入总所，再导入其分所。", $"The head firm is in row {headRow} of this file: import head firms first, then their branches.")
                        : FirmChecks.HeadFirmNotVisible);
                }
            }

            await ImportValidation.ValidateAsync(validator, row.Command, row.Row, errors, cancellationToken);
            CheckRegion(row, errors);
            ImportValidation.Unique(usccs, row.Command.Uscc, row.Row, "uscc", errors);
            ImportValidation.Unique(licenceNumbers, row.Command.LicenceNumber, row.Row, "licenceNumber", errors);
        }

        await CheckRegisteredAsync(batch, errors, cancellationToken);
    }

    public async Task WriteAsync(IReadOnlyList<FirmRow> batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var command in batch.Select(r => r.Command))
        {
            var firm = Firm.Register(NewId.Create(clock), command.ToInput(), now);
            db.Firms.Add(firm);
            db.Outbox.Add(OutboxMessage.For(firm.Id, new FirmRegistered(firm.Id, firm.Name, firm.Uscc, firm.RegionCode, now), clock));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>As RegisterFirm: the region exists and lies in the caller's scope.</summary>
    private void CheckRegion(FirmRow row, ImportBatchErrors errors)
    {
        if (row.Command.RegionCode is not { } regionCode || errors.Has(row.Row, "regionCode"))
        {
            return;
        }

        if (!regions!.ContainsKey(regionCode))
        {
            errors.Add(row.Row, "regionCode", FirmChecks.NoSuchRegion);
        }
        else if (!scope.MayWriteIn(regionCode))
        {
            errors.Add(row.Row, "regionCode", new OutsideDataScopeException().Message);
        }
    }

    private async Task CheckRegisteredAsync(IReadOnlyList<FirmRow> batch, ImportBatchErrors errors, CancellationToken cancellationToken)
    {
        var codes = ImportValidation.Keys(batch, r => r.Command.Uscc, "uscc", errors);
        var takenCodes = codes.Count == 0 ? [] : (await db.Firms.AsNoTracking()
            .Where(f => codes.Contains(f.Uscc)).Select(f => f.Uscc).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var licences = ImportValidation.Keys(batch, r => r.Command.LicenceNumber, "licenceNumber", errors);
        var takenLicences = licences.Count == 0 ? [] : (await db.Firms.AsNoTracking()
            .Where(f => licences.Contains(f.LicenceNumber)).Select(f => f.LicenceNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in batch)
        {
            if (row.Command.Uscc is { } uscc && !errors.Has(row.Row, "uscc") && takenCodes.Contains(uscc))
            {
                errors.Add(row.Row, "uscc", FirmChecks.UsccTaken(uscc).Message);
            }

            if (row.Command.LicenceNumber is { } licence && !errors.Has(row.Row, "licenceNumber") && takenLicences.Contains(licence))
            {
                errors.Add(row.Row, "licenceNumber", FirmChecks.LicenceNumberTaken(licence).Message);
            }
        }
    }
}
