namespace LawyerWork.Benchmarks.Runner;

/// <summary>What `build.ps1 bench` passes: provider, scale, one scenario or all, and where things are.</summary>
public sealed record RunnerOptions(string Root, string Provider, string Scale, string? Scenario, string? PostgresServer, int Seconds, int Warmup, int Connections)
{
    /// <summary>Lawyers per scale: a province like Jilin's (its register is a few thousand; room to grow), and the national register.</summary>
    public int Lawyers => Scale switch
    {
        "national" => 700_000,
        "province" => 20_000,
        _ => throw new ArgumentException($"Unknown scale {Scale}: national or province."),
    };

    public string Artifacts => Path.Combine(Root, "artifacts", "bench");

    public string Release(string project, string folder) => Path.Combine(Root, "Backend", folder, project, "bin", "Release", "net10.0", project + ".dll");

    public static RunnerOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var scenario = Value("--scenario", "");
        var postgres = Value("--postgres", "");
        return new RunnerOptions(
            Path.GetFullPath(Value("--root", Directory.GetCurrentDirectory())),
            Value("--provider", "Sqlite"),
            Value("--scale", "province"),
            scenario.Length == 0 ? null : scenario,
            postgres.Length == 0 ? null : postgres,
            int.Parse(Value("--seconds", "15"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup", "5"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--connections", "8"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
