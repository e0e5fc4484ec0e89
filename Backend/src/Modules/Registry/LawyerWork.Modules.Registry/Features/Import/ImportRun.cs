using System.Text.Json.Nodes;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>A data row of an import file, after its cells were read.</summary>
internal interface IImportRow
{
    int Row { get; }
}

/// <summary>What one kind of import (lawyers, firms) knows: its columns, how to read a row, how to check and write a batch of rows.</summary>
internal interface IImportRows<TRow>
    where TRow : IImportRow
{
    ImportKind Kind { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Reads a row's cells; a cell that cannot be read is an error of its column.</summary>
    TRow Read(ImportCells cells);

    /// <summary>
    /// The checks the single-record command makes, for a batch at once: its validator, the caller's
    /// scope, references and uniqueness, each with one query for the batch, and uniqueness within the
    /// file against the keys of the rows before.
    /// </summary>
    Task CheckAsync(IReadOnlyList<TRow> batch, ImportBatchErrors errors, CancellationToken cancellationToken);

    /// <summary>Writes a checked batch as the single-record command writes one record (the record, its outbox event) and saves it.</summary>
    Task WriteAsync(IReadOnlyList<TRow> batch, CancellationToken cancellationToken);
}

/// <summary>
/// Runs an import over a spooled file in batches, so memory stays flat whatever its length: only a
/// batch of rows, the keys seen so far (for duplicates within the file) and the errors are held.
/// A dry run checks every row and writes nothing. A commit checks every row first and refuses the
/// whole file when any row is wrong; otherwise it reads the file again inside one transaction,
/// checking each batch again (the register may have changed since) and writing it, and commits once:
/// all rows or none.
/// </summary>
internal sealed class ImportRun(RegistryDbContext db, AuditActor actor, TimeProvider clock, IServiceProvider services)
{
    /// <summary>Rows per look-up query and per save: large enough that queries are few, small enough that a batch is cheap to hold.</summary>
    public const int BatchSize = 500;

    public async Task<ImportReport> RunAsync<TRow>(ImportUpload upload, bool dryRun, Func<IImportRows<TRow>> importer, CancellationToken cancellationToken)
        where TRow : IImportRow
    {
        var check = await PassAsync(upload, importer(), write: false, cancellationToken);
        if (dryRun)
        {
            return check.Report(dryRun: true);
        }

        if (check.Errors.Count > 0)
        {
            throw new ImportRejectedException(check.Kind, check.Rows, check.Errors);
        }

        Pass written;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                written = await PassAsync(upload, importer(), write: true, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request registered one of the file's numbers, or changed one of its firms, between
                // a batch's check and its save. The transaction rolls back as it is disposed.
                db.ChangeTracker.Clear();
                throw new ConflictException("register-changed",
                    "导入期间登记簿被他人修改，未导入任何记录；请重新试运行后再导入。",
                    "The register changed during the import and nothing was imported; run the file dry again, then import it.");
            }

            if (written.Errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                throw new ImportRejectedException(written.Kind, written.Rows, written.Errors);
            }

            db.Set<AuditRecord>().Add(Summary(upload, written));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The batches' saves woke the dispatcher before the commit made their messages visible.
        (services.GetService(typeof(OutboxSignal)) as OutboxSignal)?.Notify();
        return written.Report(dryRun: false);
    }

    private static async Task<Pass> PassAsync<TRow>(ImportUpload upload, IImportRows<TRow> importer, bool write, CancellationToken cancellationToken)
        where TRow : IImportRow
    {
        ImportLayout? layout = null;
        ImportBatchErrors? batchErrors = null;
        var errors = new ImportErrors();
        var batch = new List<TRow>(BatchSize);
        var rows = 0;
        var created = 0;
        foreach (var row in ImportSheet.Rows(upload))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.IsBlank)
            {
                continue;
            }

            if (layout is null)
            {
                layout = ImportLayout.Read(row, importer.Columns);
                batchErrors = new ImportBatchErrors(layout);
                continue;
            }

            rows++;
            batch.Add(importer.Read(new ImportCells(layout, row, batchErrors!)));
            if (batch.Count == BatchSize)
            {
                created += await FlushAsync();
            }
        }

        if (layout is null)
        {
            throw ImportFileProblems.Empty();
        }

        created += await FlushAsync();
        if (rows == 0)
        {
            throw ImportFileProblems.NoRows();
        }

        return new Pass(importer.Kind, rows, errors, created);

        async Task<int> FlushAsync()
        {
            if (batch.Count == 0)
            {
                return 0;
            }

            await importer.CheckAsync(batch, batchErrors!, cancellationToken);
            errors.Add(batchErrors!);
            var written = 0;
            if (write && errors.Count == 0)
            {
                await importer.WriteAsync(batch, cancellationToken);
                written = batch.Count;
            }

            batch.Clear();
            batchErrors = new ImportBatchErrors(layout!);
            return written;
        }
    }

    // The import's own record: the per-record ones the batches' saves wrote say what was created, this one
    // what file it came from. No cell of the file is in it (ID numbers and phones stay out of the trail).
    private AuditRecord Summary(ImportUpload upload, Pass pass)
    {
        var record = actor.NewRecord(actor.Operation ?? "Import" + pass.Kind, AuditOutcome.Succeeded, clock.GetUtcNow());
        record.TargetType = "ImportFile";
        record.TargetId = upload.Sha256;
        record.Details = new JsonObject
        {
            ["kind"] = pass.Kind.ToString(),
            ["format"] = upload.Format.ToString(),
            ["fileName"] = upload.FileName,
            ["bytes"] = upload.Length,
            ["sha256"] = upload.Sha256,
            ["rows"] = pass.Rows,
            ["created"] = pass.Created,
        }.ToJsonString();
        return record;
    }

    private sealed record Pass(ImportKind Kind, int Rows, ImportErrors Errors, int Created)
    {
        public ImportReport Report(bool dryRun) =>
            new(Kind, dryRun, Rows, Rows - Errors.RowsWithErrors, Errors.Count, Errors.Reported, Created);
    }
}
