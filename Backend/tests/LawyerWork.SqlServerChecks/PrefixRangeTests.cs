using System.Text.RegularExpressions;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// A prefix searched as the range [term, term + U+FFFF) relies on U+FFFF sorting after every
/// character. Under SQL Server's non-binary collations (Chinese_PRC_CI_AS, the _100_ ones too)
/// undefined code points such as U+FFFF have no sort weight and are ignored, so the upper bound
/// would equal the term itself and the range be empty. Every column the real handlers' SQL compares
/// with such a bound must therefore have a binary (_BIN2) collation, which compares code points
/// (CodePointComparison in the model).
/// </summary>
public sealed partial class PrefixRangeTests
{
    [Test]
    public async Task Every_column_compared_with_a_U_FFFF_bound_has_a_binary_collation()
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in QueryCases.All())
        {
            var server = new NoServer();
            await ((Func<NoServer, Task>)data.Arguments[0]!)(server);
            columns.UnionWith(server.Commands.SelectMany(sql => UpperBound().Matches(sql).Select(m => m.Groups["column"].Value)));
        }

        Assert.That(columns, Does.Contain("name_search"), "the name searches use the range; if they stop, this test needs another subject");
        var collations = Enum.GetValues<ModuleContext>().SelectMany(SqlServerModel.Tables).SelectMany(t => t.Columns)
            .Where(c => columns.Contains(c.Name))
            .Select(c => $"{SqlServerModel.Name(c.Table)}.{c.Name}: {c.Collation ?? "(database default)"}")
            .ToList();
        Assert.That(collations, Is.Not.Empty);
        Assert.That(collations, Has.All.EndsWith("_BIN2"), "columns compared with a bound ending in U+FFFF need a binary collation");
    }

    [GeneratedRegex("\\[(?<column>\\w+)\\]\\s*<=?\\s*N?'[^']*\uFFFF'")]
    private static partial Regex UpperBound();
}
