using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>
/// Bulk import of 100,000 lawyers (issue #11: dry run and commit, recorded). It runs on a scratch copy of
/// the benchmark database (SQLite's backup API; PostgreSQL's CREATE DATABASE … TEMPLATE) with its own
/// host, so the kept database does not grow by 100,000 lawyers a run. The file is the import template's
/// columns, every row valid: lawyers of practising firms, certificate numbers from 900000 up (the demo
/// register numbers its lawyers from 1), ID numbers not held by anyone in the register.
/// </summary>
public sealed class ImportScenario(RunnerOptions options, BenchDatabase database, BenchSecrets secrets, string hostDll, string folder)
{
    public const int Rows = 100_000;

    private static readonly string[] Header =
        ["姓名", "性别", "身份证号码", "手机号码", "执业证号", "执业类别", "律师事务所统一社会信用代码", "工作单位", "区划代码", "首次执业年份", "执业起始日期", "涉外", "工作语言", "业务专长"];

    private static readonly string[] Names = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐明", "孙丽"];

    public async Task<IEnumerable<ScenarioResult>> RunAsync(Action<string> report)
    {
        var file = Path.Combine(folder, "import-lawyers.csv");
        await WriteFileAsync(file);
        var (connection, drop) = await ScratchAsync(report);
        try
        {
            var environment = secrets.HostEnvironment(options.Provider, connection, Path.Combine(folder, "checkpoints"));
            environment["Database__MigrateOnStart"] = "false";
            await using var host = await BenchProcess.StartAsync(hostDll, [], environment, "/health/ready");
            var account = database.Accounts.First(a => a.User == Scenarios.ProvincialOfficer);
            var session = await Session.SignInAsync(host.Address, account.User, account.Password);
            var before = host.ResidentBytes();
            var dryRun = await PostAsync(host, session, file, dryRun: true);
            var commit = await PostAsync(host, session, file, dryRun: false);
            var megabytes = new FileInfo(file).Length / 1048576.0;
            return
            [
                new ScenarioResult($"bulk import of {Rows:N0} lawyers ({megabytes:0.0} MiB CSV), dry run", "recorded",
                    $"{dryRun.Seconds:0.0} s ({Rows / dryRun.Seconds:0} rows/s), host working set peak +{(dryRun.PeakBytes - before) / 1048576.0:0} MB", null, null),
                new ScenarioResult($"bulk import of {Rows:N0} lawyers, commit (all or nothing, one transaction)", "recorded",
                    $"{commit.Seconds:0.0} s ({Rows / commit.Seconds:0} rows/s), host working set peak +{(commit.PeakBytes - before) / 1048576.0:0} MB", null, null),
            ];
        }
        finally
        {
            await drop();
        }
    }

    private static async Task<(double Seconds, long PeakBytes)> PostAsync(BenchProcess host, Session session, string file, bool dryRun)
    {
        using var client = Loopback.Client(host.Address, TimeSpan.FromMinutes(20));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/registry/imports/lawyers{(dryRun ? "?dryRun=true" : "")}");
        session.Apply(request);
        await using var stream = File.OpenRead(file);
        var content = new MultipartFormDataContent();
        var part = new StreamContent(stream);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "律师.csv");
        request.Content = content;

        // The working set is sampled while the request runs: its peak is what an operator must provision.
        var peak = host.ResidentBytes();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, host.ResidentBytes());
                await Task.Delay(100, CancellationToken.None);
            }
        });
        var watch = Stopwatch.StartNew();
        using var answer = await client.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import {(dryRun ? "dry run" : "commit")} answered {(int)answer.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        }

        using var json = JsonDocument.Parse(body);
        var valid = json.RootElement.GetProperty("valid").GetInt32();
        if (valid != Rows)
        {
            throw new InvalidOperationException($"The import found {Rows - valid} bad rows in a file meant to be valid: {body[..Math.Min(body.Length, 2000)]}");
        }

        return (watch.Elapsed.TotalSeconds, peak);
    }

    private async Task WriteFileAsync(string file)
    {
        var firms = await database.PairsAsync($"SELECT uscc, region_code FROM {database.Table("firms")} WHERE status = 'Practising' ORDER BY uscc LIMIT 2000");
        var taken = (await database.ColumnAsync($"SELECT id_number FROM {database.Table("lawyers")}")).ToHashSet(StringComparer.Ordinal);
        var random = new Random(20190101);
        await using var writer = new StreamWriter(file, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync(string.Join(',', Header));
        for (var n = 0; n < Rows; n++)
        {
            var (uscc, region) = firms[n % firms.Count];
            var male = random.Next(2) == 0;
            var year = 2010 + random.Next(15);
            var certificate = $"1{region[..4]}{year}1{(male ? '1' : '2')}{900_000 + n:000000}";
            string id;
            do
            {
                var birth = new DateOnly(year - 25 - random.Next(10), 1, 1).AddDays(random.Next(365));
                var body = $"{region}{birth:yyyyMMdd}{(random.Next(500) * 2) + (male ? 1 : 0):000}";
                id = body + CheckCharacter(body);
            }
            while (!taken.Add(id));

            await writer.WriteLineAsync(string.Join(',',
                Names[n % Names.Length], male ? "男" : "女", id, $"139{n:00000000}", certificate, "专职", uscc, "", "", year.ToString(CultureInfo.InvariantCulture), "", "否", "", "民事"));
        }
    }

    /// <summary>GB 11643-1999's check character of a resident ID number (ISO 7064 MOD 11-2), as the product's ResidentIdNumber computes it.</summary>
    private static char CheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    private async Task<(string Connection, Func<Task> Drop)> ScratchAsync(Action<string> report)
    {
        report("Copying the benchmark database for the import (the kept one stays as it is)…");
        if (database.IsSqlite)
        {
            var path = Path.Combine(folder, "import.db");
            var scratch = $"Data Source={path}";
            await using (var source = new SqliteConnection(database.Connection))
            await using (var target = new SqliteConnection(scratch))
            {
                await source.OpenAsync();
                await target.OpenAsync();
                source.BackupDatabase(target);
            }

            SqliteConnection.ClearAllPools();
            return (scratch, () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var f in Directory.GetFiles(folder, "import.db*"))
                {
                    File.Delete(f);
                }

                return Task.CompletedTask;
            });
        }

        // A template must have no sessions: the runner's own pooled ones included.
        var template = new NpgsqlConnectionStringBuilder(database.Connection).Database;
        var name = template + "_import";
        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(options.PostgresServer))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", server);
            await create.ExecuteNonQueryAsync();
        }

        return (new NpgsqlConnectionStringBuilder(database.Connection) { Database = name }.ConnectionString, async () =>
        {
            await using var server = new NpgsqlConnection(options.PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
