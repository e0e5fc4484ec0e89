using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LawyerWork.SqlServerChecks;

/// <summary>A key or index as SQL Server builds it: its columns and whether it is the clustered one.</summary>
internal sealed record KeyOrIndex(string Table, string Name, bool IsUnique, bool IsClustered, IReadOnlyList<IColumn> Columns)
{
    /// <summary>The allow-lists' spelling: <c>schema.table(column, column)</c>.</summary>
    public string Label => $"{Table}({string.Join(", ", Columns.Select(c => c.Name))})";

    public override string ToString() => $"{Label} [{Name}]";
}

/// <summary>
/// The SQL Server model of a context as the migrations create it: the design-time model (it keeps
/// the SQL Server annotations, such as clustering, that the runtime model drops), without the tables
/// a context maps but leaves to another context's migrations.
/// </summary>
internal static class SqlServerModel
{
    public static IReadOnlyList<ITable> Tables(ModuleContext module)
    {
        using var context = ModuleContexts.Create(module, ModuleContexts.SqlServer);
        return context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Where(t => !t.IsExcludedFromMigrations)
            .ToList();
    }

    // A table without a schema lands in the login's default schema, dbo unless the DBA said otherwise.
    public static string Name(ITable table) => $"{table.Schema ?? "dbo"}.{table.Name}";

    public static IEnumerable<KeyOrIndex> KeysAndIndexes(ITable table)
    {
        // A primary key is clustered unless declared otherwise; unique constraints and indexes are not.
        if (table.PrimaryKey is { } primaryKey)
        {
            yield return new KeyOrIndex(Name(table), primaryKey.Name, true,
                primaryKey.MappedKeys.First().IsClustered() ?? true, primaryKey.Columns.ToList());
        }

        foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
        {
            yield return new KeyOrIndex(Name(table), unique.Name, true,
                unique.MappedKeys.First().IsClustered() == true, unique.Columns.ToList());
        }

        foreach (var index in table.Indexes)
        {
            yield return new KeyOrIndex(Name(table), index.Name, index.IsUnique,
                index.MappedIndexes.First().IsClustered() == true, index.Columns.ToList());
        }
    }

    /// <summary>The CLR type of the property a column stores, nullable unwrapped.</summary>
    public static Type PropertyType(IColumn column)
    {
        var type = column.PropertyMappings.First().Property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
