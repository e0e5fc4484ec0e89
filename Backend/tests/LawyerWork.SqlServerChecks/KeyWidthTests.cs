namespace LawyerWork.SqlServerChecks;

/// <summary>
/// SQL Server's index key limits: 900 bytes for a clustered index (every primary key here), 1700
/// for a nonclustered one. A wider declared key is created with only a warning, and then the
/// INSERT or UPDATE whose values exceed the limit fails at run time; large-value (max) columns
/// cannot be key columns at all, and that fails the migration.
/// </summary>
public sealed class KeyWidthTests
{
    private const int ClusteredLimit = 900;
    private const int NonclusteredLimit = 1700;

    // Keys declared wider than the limit, with why each is tolerated until it is fixed.
    private static readonly Dictionary<string, string> KnownTooWide = new(StringComparer.Ordinal)
    {
        // None today: Identity's login and token key parts are bounded to 128 characters in AccessDbContext.
    };

    [Test]
    public void No_key_or_index_is_declared_wider_than_SQL_Server_allows()
    {
        var tooWide = AllKeysAndIndexes()
            .Select(k => (Key: k, Bytes: k.Columns.Sum(c => SqlServerTypes.MaxBytes(c.StoreType)), Limit: k.IsClustered ? ClusteredLimit : NonclusteredLimit))
            .Where(k => !k.Key.Columns.Any(c => SqlServerTypes.IsMaxType(c.StoreType)) && k.Bytes > k.Limit)
            .ToList();

        ReviewedList.AssertCovers(KnownTooWide, tooWide.Select(k => k.Key.Label),
            "keys or indexes wider than SQL Server's limit (" + string.Join("; ", tooWide.Select(k =>
                $"{k.Key} {(k.Key.IsClustered ? "clustered" : "nonclustered")} {k.Bytes} > {k.Limit} bytes")) + ")");
    }

    [Test]
    public void No_key_or_index_column_is_a_max_type()
    {
        var maxColumns = AllKeysAndIndexes()
            .SelectMany(k => k.Columns.Where(c => SqlServerTypes.IsMaxType(c.StoreType)).Select(c => $"{k} column {c.Name} is {c.StoreType}"))
            .ToList();

        Assert.That(maxColumns, Is.Empty,
            "SQL Server cannot index nvarchar(max)/varchar(max) columns; give the property a HasMaxLength: " + string.Join("; ", maxColumns));
    }

    private static IEnumerable<KeyOrIndex> AllKeysAndIndexes() =>
        Enum.GetValues<ModuleContext>().SelectMany(SqlServerModel.Tables).SelectMany(SqlServerModel.KeysAndIndexes);
}
