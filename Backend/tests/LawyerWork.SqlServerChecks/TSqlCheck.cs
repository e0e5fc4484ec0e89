using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LawyerWork.SqlServerChecks;

/// <summary>One place where SQL Server's own grammar (ScriptDom, SQL Server 2022 = TSql160) refuses the text.</summary>
internal sealed record TSqlProblem(string Source, int Batch, int Line, int Column, string Message, string? MigrationId)
{
    public override string ToString() =>
        $"{Source}, batch {Batch}, line {Line}:{Column}{(MigrationId is null ? "" : $" (migration {MigrationId})")}: {Message}";
}

/// <summary>
/// Parses a script the way sqlcmd and SSMS send it: split into batches on <c>GO</c> lines, each
/// batch parsed on its own. Text EF wraps in <c>EXEC(N'…')</c> (seed data and schema creation in
/// idempotent scripts) is parsed too: inside a string literal the outer parse cannot see it.
/// </summary>
internal static partial class TSqlCheck
{
    public static IReadOnlyList<TSqlProblem> Problems(string source, string script)
    {
        var problems = new List<TSqlProblem>();
        foreach (var batch in Batches(script))
        {
            var migrationId = MigrationIdPattern().Match(batch.Text) is { Success: true } m ? m.Groups[1].Value : null;
            Parse(batch.Text, (line, column, message) =>
                problems.Add(new TSqlProblem(source, batch.Number, batch.FirstLine + line - 1, column, message, migrationId)));
        }

        return problems;
    }

    // The batches of a script, each with its number and the script line it starts on.
    private static IReadOnlyList<(int Number, int FirstLine, string Text)> Batches(string script)
    {
        var batches = new List<(int, int, string)>();
        var current = new StringBuilder();
        var firstLine = 1;
        var lineNumber = 0;
        foreach (var line in script.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (GoLine().IsMatch(line))
            {
                Add();
                firstLine = lineNumber + 1;
                continue;
            }

            current.Append(line).Append('\n');
        }

        Add();
        return batches;

        void Add()
        {
            if (current.ToString().Trim().Length > 0)
            {
                batches.Add((batches.Count + 1, firstLine, current.ToString()));
            }

            current.Clear();
        }
    }

    private static void Parse(string sql, Action<int, int, string> report)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(sql), out var errors);
        foreach (var error in errors)
        {
            report(error.Line, error.Column, error.Message);
        }

        if (errors.Count > 0)
        {
            return;
        }

        var dynamic = new DynamicSqlFinder();
        fragment.Accept(dynamic);
        foreach (var (line, text) in dynamic.Found)
        {
            Parse(text, (innerLine, column, message) => report(line, column, $"inside EXEC (its line {innerLine}): {message}"));
        }
    }

    /// <summary>EXEC(N'…') with literal text only; dynamic SQL built from variables is beyond a static check.</summary>
    private sealed class DynamicSqlFinder : TSqlFragmentVisitor
    {
        public List<(int Line, string Text)> Found { get; } = [];

        public override void Visit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification?.ExecutableEntity is ExecutableStringList list
                && list.Strings.All(s => s is StringLiteral))
            {
                Found.Add((node.StartLine, string.Concat(list.Strings.Cast<StringLiteral>().Select(s => s.Value))));
            }

            base.Visit(node);
        }
    }

    [GeneratedRegex(@"^\s*GO\s*(\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"\[MigrationId\]\s*=\s*N'([^']+)'")]
    private static partial Regex MigrationIdPattern();
}
