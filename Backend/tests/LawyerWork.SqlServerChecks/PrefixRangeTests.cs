using System.Text.RegularExpressions;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// A prefix searched as the range [term, term + U+FFFF) relies on U+FFFF sorting after every
/// character. Under SQL Server's non-binary collations (Chinese_PRC_CI_AS, the _100_ ones too)
/// undefined code points such as U+FFFF have no sort weight and are ignored, so the upper bound
/// equals the term itself and the range is empty: the prefix search would find nothing. Binary
/// (_BIN2) collations compare code points and keep it working. Seen here in the SQL the real
/// handlers send; no server could confirm it, so the list marks it "reported, to fix".
/// </summary>
public sealed partial class PrefixRangeTests
{
    private static readonly Dictionary<string, string> KnownUpperBoundColumns = new(StringComparer.Ordinal)
    {
        // Reported, to fix: Domain/SearchText.cs PrefixUpperBound (term + '\uffff'), used by
        // Features/NameMatch.cs WhereNameMatches for NameMatch.Prefix — the default of the firm and
        // lawyer lists and the only mode of the public lawyer search. Fix on SQL Server: a binary
        // collation on name_search, or translate the prefix as LIKE @term + '%' (StartsWith), which
        // SQL Server also turns into an index range and which honours the collation.
        ["name_search"] = "reported, to fix",
    };

    [Test]
    public async Task No_query_relies_on_U_FFFF_sorting_after_every_character()
    {
        var columns = new List<string>();
        foreach (var data in QueryCases.All())
        {
            var server = new NoServer();
            await ((Func<NoServer, Task>)data.Arguments[0]!)(server);
            columns.AddRange(server.Commands.SelectMany(sql => UpperBound().Matches(sql).Select(m => m.Groups["column"].Value)));
        }

        ReviewedList.AssertCovers(KnownUpperBoundColumns, columns,
            "columns compared with a bound ending in U+FFFF, which SQL Server's non-binary collations ignore");
    }

    [GeneratedRegex("\\[(?<column>\\w+)\\]\\s*<=?\\s*N?'[^']*\uFFFF'")]
    private static partial Regex UpperBound();
}
