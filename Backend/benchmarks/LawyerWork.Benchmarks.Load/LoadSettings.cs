namespace LawyerWork.Benchmarks.Load;

internal enum LoadMode
{
    Closed,
    Open,
    Writes,
    FirstByte,
}

/// <summary>One run's parameters, as the command line gave them (CommandLine checks the bounds).</summary>
internal sealed record LoadSettings
{
    public const int DefaultMaxInFlight = 512;

    public required LoadMode Mode { get; init; }

    public required Uri BaseAddress { get; init; }

    public int Connections { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Open loop only: requests started per second, on a fixed schedule.</summary>
    public double Rate { get; init; }

    /// <summary>Open loop only: requests beyond this many in flight are not sent and count as errors.</summary>
    public int MaxInFlight { get; init; } = DefaultMaxInFlight;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string? RequestsFile { get; init; }

    public string? IdsFile { get; init; }

    public string? BodyTemplate { get; init; }

    public string? PathTemplate { get; init; }

    public string? Path { get; init; }

    public string? OutFile { get; init; }
}
