using System.Globalization;
using System.Text.RegularExpressions;

namespace LawyerWork.SqlServerChecks;

/// <summary>How many bytes an index key column of a SQL Server store type takes at most.</summary>
internal static partial class SqlServerTypes
{
    /// <summary>Large-value types: SQL Server cannot use them as index key columns at all.</summary>
    public static bool IsMaxType(string storeType)
    {
        var (name, arguments) = Split(storeType);
        return arguments == "max" || name is "text" or "ntext" or "image" or "xml" or "geography" or "geometry";
    }

    /// <summary>
    /// The declared maximum width; unknown types throw rather than count as zero, so a new type is
    /// taught to this table instead of slipping past the limits.
    /// </summary>
    public static int MaxBytes(string storeType)
    {
        var (name, arguments) = Split(storeType);
        int Length() => int.Parse(arguments!, CultureInfo.InvariantCulture);
        int Precision(int fallback) => arguments is null ? fallback : int.Parse(arguments.Split(',')[0], CultureInfo.InvariantCulture);
        return name switch
        {
            "nvarchar" or "nchar" => 2 * (arguments is null ? 1 : Length()),
            "varchar" or "char" or "varbinary" or "binary" => arguments is null ? 1 : Length(),
            "uniqueidentifier" => 16,
            "bigint" or "float" or "datetime" or "money" => 8,
            "int" or "real" or "smalldatetime" or "smallmoney" => 4,
            "smallint" => 2,
            "tinyint" or "bit" => 1,
            "date" => 3,
            "time" => Precision(7) switch { <= 2 => 3, <= 4 => 4, _ => 5 },
            "datetime2" => Precision(7) switch { <= 2 => 6, <= 4 => 7, _ => 8 },
            "datetimeoffset" => Precision(7) switch { <= 2 => 8, <= 4 => 9, _ => 10 },
            "decimal" or "numeric" => Precision(18) switch { <= 9 => 5, <= 19 => 9, <= 28 => 13, _ => 17 },
            _ => throw new NotSupportedException($"Store type '{storeType}' is not in SqlServerTypes: add its width."),
        };
    }

    private static (string Name, string? Arguments) Split(string storeType)
    {
        var match = StoreTypePattern().Match(storeType.Trim().ToLowerInvariant());
        return match.Success
            ? (match.Groups["name"].Value, match.Groups["args"].Success ? match.Groups["args"].Value.Replace(" ", "", StringComparison.Ordinal) : null)
            : throw new NotSupportedException($"Store type '{storeType}' is not understood.");
    }

    [GeneratedRegex(@"^(?<name>[a-z0-9_ ]+?)\s*(\((?<args>[^)]*)\))?$")]
    private static partial Regex StoreTypePattern();
}
