namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// This program's own switches, taken out of the command line; everything else goes to BenchmarkDotNet
/// (<c>--filter</c>, <c>--list</c>, …). Without a filter every benchmark runs: BenchmarkDotNet would
/// otherwise ask on the console which to run, and the bench runner has no console to answer.
/// </summary>
internal sealed record MicroOptions(bool Full, string Artifacts, string? Summary, string[] BenchmarkArgs)
{
    public const string DefaultArtifacts = "artifacts/bench/micro";

    public static MicroOptions Parse(string[] args)
    {
        var full = false;
        var artifacts = DefaultArtifacts;
        string? summary = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--full":
                    full = true;
                    break;
                case "--artifacts" or "-a":
                    artifacts = Value(args, ref i);
                    break;
                case "--summary":
                    summary = Value(args, ref i);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (!rest.Exists(a => a is "--filter" or "-f" || a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        return new MicroOptions(full, Path.GetFullPath(artifacts), summary is null ? null : Path.GetFullPath(summary), [.. rest]);
    }

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
}
