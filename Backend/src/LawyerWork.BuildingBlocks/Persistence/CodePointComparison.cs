using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// A column compared and ordered by code point on every provider: normalised search columns (whose
/// prefix ranges end in U+FFFF) and opaque client tokens (whose case matters). SQLite already does
/// (BINARY); <see cref="ModelConventions"/> gives the column a binary collation on SQL Server, whose
/// default collations ignore U+FFFF and fold case, and the "C" collation on PostgreSQL, whose
/// database collation may be a language's.
/// </summary>
public static class CodePointComparison
{
    public const string Annotation = "LawyerWork:ComparesByCodePoint";

    public const string SqlServerCollation = "Latin1_General_100_BIN2";

    public const string PostgreSqlCollation = "C";

    public static PropertyBuilder<TProperty> ComparesByCodePoint<TProperty>(this PropertyBuilder<TProperty> property) =>
        property.HasAnnotation(Annotation, true);
}
