using System.Diagnostics;

namespace LawyerWork.IntegrationTests.Infrastructure;

/// <summary>
/// The SQL a request sends, from EF Core's command log, for tests that hold a use case to its round trips.
/// A factory logs commands only when made with <see cref="Logged"/>.
/// </summary>
public static class DatabaseCommands
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    public static Dictionary<string, string?> Logged => new() { [$"Logging:LogLevel:{Category}"] = "Information" };

    /// <summary>
    /// The commands <paramref name="request"/> ran whose text names <paramref name="touching"/> (a table). The request
    /// carries a trace of its own (<c>traceparent</c>), and only log lines of that trace count: background consumers
    /// reading the same tables at the same time (the public-answer cache forgetting a lawyer) are not the request's.
    /// The request must succeed.
    /// </summary>
    public static async Task<List<string>> DuringAsync(this LawyerWorkFactory factory, HttpClient client, HttpRequestMessage request, string touching)
    {
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var before = factory.LogLines.Count;
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
        var lines = factory.LogLines.Skip(before).ToList();
        Assert.That(lines, Has.Some.Contains($"[trace {trace}]"), "the request's own log lines carry its trace");
        return lines
            .Where(l => l.Contains(Category + ": Executed DbCommand", StringComparison.Ordinal))
            .Where(l => l.Contains($"[trace {trace}]", StringComparison.Ordinal))
            .Where(l => l.Contains(touching, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
