namespace LawyerWork.SqlServerChecks;

/// <summary>
/// The SQL the SQL Server provider writes for the main read paths, held against SQL Server's grammar:
/// the queries are the real handlers' (via <see cref="QueryCases"/>), only the server is missing.
/// </summary>
public sealed class QuerySqlTests
{
    [TestCaseSource(typeof(QueryCases), nameof(QueryCases.All))]
    public async Task The_SQL_Server_SQL_of_a_main_query_parses_as_T_SQL(Func<NoServer, Task> query, int expectedCommands)
    {
        var server = new NoServer();

        await query(server);

        Assert.That(server.Commands, Has.Count.EqualTo(expectedCommands), () => "commands sent:" + Listing(server.Commands));
        var problems = server.Commands.SelectMany((sql, i) => TSqlCheck.Problems($"command {i + 1}", sql)).ToList();
        Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems) + Listing(server.Commands));

        // Kept in the test output, so a reviewer can read what SQL Server would be sent.
        await TestContext.Out.WriteLineAsync(Listing(server.Commands));
    }

    private static string Listing(IEnumerable<string> commands) =>
        string.Concat(commands.Select((sql, i) => $"{Environment.NewLine}-- command {i + 1}{Environment.NewLine}{sql}"));
}
