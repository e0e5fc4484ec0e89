using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LawyerWork.Benchmarks.Runner;

/// <summary>
/// The benchmark database: made once per scale and demo seed on SQLite with the host's own
/// `--seed-demo` (so the data went through the domain and its rules) and kept; PostgreSQL gets the
/// same data by binary COPY on each run; and the samples each scenario draws its requests from.
/// </summary>
public sealed partial class BenchDatabase(string connection, bool isSqlite)
{
    /// <summary>The demo data's seed (DemoRegister.Seed): part of the database's key, so a change of the generator makes a new one.</summary>
    public const int DemoSeed = 20190101;

    public string Connection => connection;

    public bool IsSqlite => isSqlite;

    public string Table(string name) => isSqlite ? "registry_" + name : "registry." + name;

    public static async Task<BenchDatabase> PrepareAsync(RunnerOptions options, BenchSecrets secrets, string hostDll, Action<string> report)
    {
        Directory.CreateDirectory(options.Artifacts);
        var key = $"{options.Scale}-seed{DemoSeed}";
        var file = Path.Combine(options.Artifacts, $"sqlite-{key}.db");
        var sqlite = $"Data Source={file}";
        var accounts = Path.Combine(options.Artifacts, $"sqlite-{key}.accounts");
        var checkpoints = Path.Combine(options.Artifacts, $"sqlite-{key}.checkpoints");
        var auditKeys = Path.Combine(options.Artifacts, $"sqlite-{key}.audit-keys");
        var kept = File.Exists(file) && File.Exists(accounts);
        if (!kept)
        {
            File.Delete(auditKeys);
        }

        var keysKept = secrets.UseKeptAuditKeys(auditKeys);
        if (!keysKept && Directory.Exists(checkpoints))
        {
            // A new chain: checkpoints of an earlier one (signed with keys gone) would not verify against it.
            Directory.Delete(checkpoints, recursive: true);
        }

        if (kept && !keysKept)
        {
            // Kept from before its keys were kept: its chain was sealed with keys no run knows now, so it is
            // sealed again from the start with the kept ones (a benchmark database; never done to a real one).
            report("The kept SQLite benchmark database's audit chain was sealed with keys not kept; unsealing it to seal it again with kept keys…");
            await using var db = new SqliteConnection(sqlite);
            await db.OpenAsync();
            await using var unseal = db.CreateCommand();
            unseal.CommandText = "UPDATE audit_records SET sequence = NULL, seal_key_id = NULL, seal = NULL, sealed_at = NULL";
            unseal.CommandTimeout = 0;
            await unseal.ExecuteNonQueryAsync();
        }

        if (!kept)
        {
            File.Delete(file);
            report($"Seeding {options.Lawyers:N0} demo lawyers into a new SQLite benchmark database (once per scale and seed; kept under artifacts/bench)…");
            var output = await HostToolAsync(hostDll, ["--seed-demo", options.Lawyers.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                secrets.HostEnvironment("Sqlite", sqlite, checkpoints), "Seeding");

            // The demo passwords are printed once; the benchmark keeps them beside its own demo database.
            var lines = AccountLine().Matches(output).Select(m => $"{m.Groups["user"].Value}\t{m.Groups["role"].Value}\t{m.Groups["password"].Value}");
            await File.WriteAllLinesAsync(accounts, lines);
        }

        // A kept database gets the migrations added since (new indexes are part of what is measured). The
        // audit records of the seeding and of earlier runs are sealed before anything is measured, so the
        // sealing lag under the writes is the writes' own; the chain is verified intact on the way.
        var sealing = Stopwatch.StartNew();
        await HostToolAsync(hostDll, ["--audit-verify"], secrets.HostEnvironment("Sqlite", sqlite, checkpoints), "Migrating and sealing the SQLite benchmark database");
        report($"Migrated the SQLite benchmark database, sealed its pending audit records and verified the chain in {sealing.Elapsed.TotalSeconds:F0} s.");

        var connection = sqlite;
        if (options.Provider != "Sqlite")
        {
            // PostgreSQL runs on a throw-away server: migrated by the host, then filled from the SQLite database by binary COPY.
            var name = $"lw_bench_{options.Scale}_{DemoSeed}";
            await using (var server = new NpgsqlConnection(options.PostgresServer))
            {
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
                await create.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(options.PostgresServer) { Database = name, MaxPoolSize = 100 }.ConnectionString;
            await HostToolAsync(hostDll, ["--migrate-only"], secrets.HostEnvironment(options.Provider, connection, checkpoints), "Migrating the PostgreSQL benchmark database");
            report($"Copying the {options.Scale} register into PostgreSQL…");
            await PostgresCopy.CopyAsync(sqlite, connection, report);
        }

        var database = new BenchDatabase(connection, options.Provider == "Sqlite") { Checkpoints = options.Provider == "Sqlite" ? checkpoints : null };
        database.Accounts = (await File.ReadAllLinesAsync(accounts))
            .Select(l => l.Split('\t')).Where(p => p.Length == 3).Select(p => (p[0], p[1], p[2])).ToList();
        return database;
    }

    private static async Task<string> HostToolAsync(string hostDll, string[] arguments, Dictionary<string, string> environment, string what)
    {
        var (code, output) = await BenchProcess.RunAsync(hostDll, arguments, environment);
        return code == 0 ? output : throw new InvalidOperationException($"{what} failed:\n" + output[^Math.Min(output.Length, 4000)..]);
    }

    public IReadOnlyList<(string User, string Role, string Password)> Accounts { get; private set; } = [];

    /// <summary>The kept SQLite database's checkpoint folder (its chain's checkpoints stay with it); null for a database made for the run.</summary>
    public string? Checkpoints { get; private init; }

    [GeneratedRegex(@"^\s+(?<user>demo\.[\w.\-]+)\s+(?<role>[a-z\-]+)\s+\S+\s+(?<password>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AccountLine();

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var db = Open();
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async Task<List<(string A, string B)>> PairsAsync(string sql)
    {
        await using var db = Open();
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        var values = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!));
        }

        return values;
    }

    /// <summary>SQL for a random order: the same function on both providers.</summary>
    public string Random => "random()";

    private DbConnection Open() => isSqlite ? new SqliteConnection(connection) : new NpgsqlConnection(connection);
}
