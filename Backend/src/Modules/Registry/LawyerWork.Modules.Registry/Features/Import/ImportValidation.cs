using FluentValidation;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Import;

/// <summary>The checks every kind of import makes the same way.</summary>
internal static class ImportValidation
{
    /// <summary>
    /// Runs the single-record command's own validator and puts each failure in the column of its field,
    /// unless that column already has an error (a cell that could not be read is not "required" too).
    /// </summary>
    public static async Task ValidateAsync<T>(IValidator<T> validator, T command, int row, ImportBatchErrors errors, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(command, cancellationToken);
        foreach (var failure in result.Errors)
        {
            var field = FieldOf(failure.PropertyName);
            if (!errors.Has(row, field))
            {
                errors.Add(row, field, failure.ErrorMessage);
            }
        }
    }

    /// <summary>"Specialties[2]" → "specialties"; the id a command takes → the column that names it by code.</summary>
    public static string FieldOf(string propertyName)
    {
        var name = propertyName.Split('[', '.')[0];
        name = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
        return name switch
        {
            "firmId" => "firmUscc",
            "branchOfId" => "branchOfUscc",
            _ => name,
        };
    }

    /// <summary>
    /// A value that must be unique within the file: the first row that has it keeps it, every later row
    /// with it is an error that names the first. Only the keys and their rows are kept, not the rows.
    /// </summary>
    public static void Unique(Dictionary<string, int> seen, string? value, int row, string field, ImportBatchErrors errors)
    {
        if (value is null || errors.Has(row, field))
        {
            return;
        }

        if (seen.TryGetValue(value, out var first))
        {
            errors.Add(row, field, Bilingual.Text($"与第 {first} 行重复：同一文件中不能出现两次。", $"Repeats row {first}: a file may hold it only once."));
        }
        else
        {
            seen.Add(value, row);
        }
    }

    /// <summary>The values of a column in the rows where that column has no error yet: what a batch asks the database about.</summary>
    public static List<string> Keys<TRow>(IEnumerable<TRow> batch, Func<TRow, string?> value, string field, ImportBatchErrors errors)
        where TRow : IImportRow =>
        batch.Where(r => value(r) is not null && !errors.Has(r.Row, field)).Select(r => value(r)!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every region code with its level: reference data of a few hundred rows, read once per import.</summary>
    public static Task<Dictionary<string, RegionLevel>> RegionLevelsAsync(this RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Level, StringComparer.Ordinal, cancellationToken);
}
