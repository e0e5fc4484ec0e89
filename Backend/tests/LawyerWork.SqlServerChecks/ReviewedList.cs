namespace LawyerWork.SqlServerChecks;

/// <summary>
/// An explicit list of accepted findings, each with the reason it is safe (or "reported, to fix").
/// A finding not on the list fails, and so does an entry that matches nothing any more, so the
/// list never outlives its reasons.
/// </summary>
internal static class ReviewedList
{
    public static void AssertCovers(IReadOnlyDictionary<string, string> reviewed, IEnumerable<string> findings, string problem)
    {
        var found = findings.Distinct().Order(StringComparer.Ordinal).ToList();
        var unreviewed = found.Where(f => !reviewed.Keys.Any(entry => Matches(entry, f))).ToList();
        var stale = reviewed.Keys.Where(entry => !found.Any(f => Matches(entry, f))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(unreviewed, Is.Empty, () => $"{problem}:{Lines(unreviewed)}");
            Assert.That(stale, Is.Empty, () => $"allow-list entries that match nothing any more; remove them:{Lines(stale)}");
        });
    }

    // "*.table(…)" is the same building-block table (outbox, inbox, idempotency) in every module's schema.
    private static bool Matches(string entry, string finding) =>
        entry.StartsWith("*.", StringComparison.Ordinal)
            ? finding.EndsWith(entry[1..], StringComparison.Ordinal) && finding.IndexOf('.', StringComparison.Ordinal) == finding.Length - entry.Length + 1
            : entry == finding;

    private static string Lines(IEnumerable<string> items) => string.Concat(items.Select(i => Environment.NewLine + "  " + i));
}
