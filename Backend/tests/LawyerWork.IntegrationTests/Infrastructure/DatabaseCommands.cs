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
    /// The commands run while <paramref name="request"/> ran whose text names <paramref name="touching"/> (a table,
    /// so that a background job's commands on other tables do not count); the request must succeed.
    /// </summary>
    public static async Task<List<string>> DuringAsync(this LawyerWorkFactory factory, Func<Task<HttpResponseMessage>> request, string touching)
    {
        var before = factory.LogLines.Count;
        (await request()).EnsureSuccessStatusCode();
        return factory.LogLines.Skip(before)
            .Where(l => l.Contains(Category + ": Executed DbCommand", StringComparison.Ordinal))
            .Where(l => l.Contains(touching, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
