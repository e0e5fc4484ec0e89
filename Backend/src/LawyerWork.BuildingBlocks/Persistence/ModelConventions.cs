using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// The one set of storage conventions (ARCHITECTURE.md "Data"): snake_case names; on SQLite, which
/// has no schemas, tables named <c>{schema}_{table}</c> so modules never collide; instants in UTC
/// to the microsecond on every provider; <see cref="IVersioned.Version"/> as the concurrency token.
/// </summary>
public static class ModelConventions
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    // SQLite stores DateTimeOffset as text that neither orders nor compares correctly across
    // offsets; microseconds since the Unix epoch order, compare and index as plain integers.
    private static readonly ValueConverter<DateTimeOffset, long> InstantAsMicroseconds = new(
        v => (v.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond,
        v => new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (v * TicksPerMicrosecond), TimeSpan.Zero));

    // Elsewhere the native type is kept, cut to the microsecond so that what is read back equals
    // what the caller was told was written (SQL Server would keep 100 ns, PostgreSQL 1 µs).
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> InstantToMicrosecond = new(
        v => new DateTimeOffset(v.UtcTicks - (v.UtcTicks % TicksPerMicrosecond), TimeSpan.Zero),
        v => v.ToUniversalTime());

    public const string SqlServerProviderName = "Microsoft.EntityFrameworkCore.SqlServer";
    public const string PostgreSqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void Apply(ModelBuilder modelBuilder, string schema, string? providerName)
    {
        var isSqlite = providerName == ModuleDbContext.SqliteProviderName;
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // An owned reference shares its owner's table, which is named with the owner.
            if (entity.IsOwned() && entity.FindOwnership() is { IsUnique: true })
            {
                continue;
            }

            var table = entity.GetTableName();
            if (table is not null && entity.GetViewName() is null)
            {
                var name = SnakeCase(table);
                entity.SetTableName(isSqlite ? $"{schema}_{name}" : name);
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                ApplyInstantConvention(property, isSqlite);
                ApplyCodePointCollation(property, providerName);
                if (property.Name == nameof(IVersioned.Version) && typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                {
                    property.IsConcurrencyToken = true;
                }
            }

            // Ids are UUIDv7 made by the application: telling EF it never generates them makes an
            // entity with an id, newly added to a tracked aggregate's collection, an insert (not an update).
            if (entity.FindPrimaryKey() is { Properties: [{ ClrType: var keyType } keyProperty] } && keyType == typeof(Guid))
            {
                keyProperty.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }

            var tableName = entity.GetTableName();
            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.IsPrimaryKey() ? $"pk_{tableName}" : $"ak_{tableName}_{Columns(key.Properties)}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{tableName}_{Columns(index.Properties)}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{tableName}_{Columns(foreignKey.Properties)}");
            }
        }
    }

    private static void ApplyCodePointCollation(IMutableProperty property, string? providerName)
    {
        if (property.FindAnnotation(CodePointComparison.Annotation)?.Value is not true)
        {
            return;
        }

        var collation = providerName switch
        {
            SqlServerProviderName => CodePointComparison.SqlServerCollation,
            PostgreSqlProviderName => CodePointComparison.PostgreSqlCollation,
            _ => null,
        };
        if (collation is not null)
        {
            property.SetCollation(collation);
        }
    }

    private static void ApplyInstantConvention(IMutableProperty property, bool isSqlite)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type != typeof(DateTimeOffset))
        {
            return;
        }

        if (isSqlite)
        {
            property.SetValueConverter(InstantAsMicroseconds);
        }
        else
        {
            property.SetValueConverter(InstantToMicrosecond);
            property.SetPrecision(6);
        }
    }

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) =>
        string.Join("_", properties.Select(p => SnakeCase(p.Name)));

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
