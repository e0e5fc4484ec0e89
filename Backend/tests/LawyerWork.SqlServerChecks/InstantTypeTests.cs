namespace LawyerWork.SqlServerChecks;

/// <summary>
/// Instants are UTC to the microsecond on every provider (docs/architecture.md "Data"): on SQL Server
/// that is datetimeoffset(6). A DateTime column carries no offset, so its meaning depends on who wrote
/// it; only library-owned columns whose contract says UTC may have one.
/// </summary>
public sealed class InstantTypeTests
{
    // DateTime columns the product does not own. OpenIddict's entities declare DateTime; its stores
    // write date?.UtcDateTime and read the value back as UTC, so the column holds UTC by the
    // library's contract. Changing the type would mean replacing OpenIddict's entities.
    private static readonly Dictionary<string, string> AllowedDateTimes = new(StringComparer.Ordinal)
    {
        ["access.openiddict_authorizations.creation_date"] = "OpenIddict, UTC by contract",
        ["access.openiddict_tokens.creation_date"] = "OpenIddict, UTC by contract",
        ["access.openiddict_tokens.expiration_date"] = "OpenIddict, UTC by contract",
        ["access.openiddict_tokens.redemption_date"] = "OpenIddict, UTC by contract",
    };

    [Test]
    public void Every_DateTimeOffset_is_stored_as_datetimeoffset_6()
    {
        var wrong = Columns()
            .Where(c => SqlServerModel.PropertyType(c.Column) == typeof(DateTimeOffset) && c.Column.StoreType != "datetimeoffset(6)")
            .Select(c => $"{c.Name} is {c.Column.StoreType}")
            .ToList();

        Assert.That(wrong, Is.Empty, () => "instants must be datetimeoffset(6) (ModelConventions): " + string.Join("; ", wrong));
    }

    [Test]
    public void DateTime_columns_are_only_the_allowed_library_ones()
    {
        var dateTimes = Columns().Where(c => SqlServerModel.PropertyType(c.Column) == typeof(DateTime)).Select(c => c.Name);

        ReviewedList.AssertCovers(AllowedDateTimes, dateTimes,
            "DateTime columns (use DateTimeOffset for an instant, DateOnly for a calendar date)");
    }

    private static IEnumerable<(string Name, Microsoft.EntityFrameworkCore.Metadata.IColumn Column)> Columns() =>
        Enum.GetValues<ModuleContext>()
            .SelectMany(SqlServerModel.Tables)
            .SelectMany(t => t.Columns.Select(c => ($"{SqlServerModel.Name(t)}.{c.Name}", c)));
}
