using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>
/// The time limit of each step per year: the defaults of Deadlines/Data/deadlines.json, each with its
/// source, overridden by configuration <c>Supervision:Deadlines:{year}:{step}</c> = "10 Working" or
/// "30 Calendar". A bad configuration value or an unknown step fails at start, not on the first case.
/// </summary>
public sealed class DeadlinePolicy
{
    public const string ConfigurationSection = "Supervision:Deadlines";
    public const string EmbeddedFile = "deadlines.json";

    private static readonly Lazy<IReadOnlyDictionary<int, Dictionary<string, SourcedRule>>> EmbeddedDefaults = new(() =>
    {
        using var stream = typeof(DeadlinePolicy).Assembly.GetManifestResourceStream($"LawyerWork.Supervision.{EmbeddedFile}")
            ?? throw new InvalidOperationException($"Embedded deadline file {EmbeddedFile} is missing.");
        return ParseDefaults(stream, EmbeddedFile);
    });

    // Year → step → rule; a year holds only the steps it changes (see RuleFor).
    private readonly SortedDictionary<int, Dictionary<string, SourcedRule>> rules = [];

    public DeadlinePolicy(IConfiguration configuration)
        : this(EmbeddedDefaults.Value, configuration)
    {
    }

    internal DeadlinePolicy(IReadOnlyDictionary<int, Dictionary<string, SourcedRule>> defaults, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (year, steps) in defaults)
        {
            rules[year] = new Dictionary<string, SourcedRule>(steps, StringComparer.Ordinal);
        }

        foreach (var yearSection in configuration.GetSection(ConfigurationSection).GetChildren())
        {
            if (!int.TryParse(yearSection.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1979)
            {
                throw new FormatException($"{yearSection.Path}: '{yearSection.Key}' is not a year.");
            }

            foreach (var stepSection in yearSection.GetChildren())
            {
                var step = DeadlineSteps.Find(stepSection.Key)
                    ?? throw new FormatException($"{stepSection.Path}: unknown step; the steps are {string.Join(", ", DeadlineSteps.All)}.");
                DeadlineRule rule;
                try
                {
                    rule = DeadlineRule.Parse(stepSection.Value ?? "");
                }
                catch (FormatException e)
                {
                    throw new FormatException($"{stepSection.Path}: {e.Message}", e);
                }

                if (!rules.TryGetValue(year, out var steps))
                {
                    rules[year] = steps = new Dictionary<string, SourcedRule>(StringComparer.Ordinal);
                }

                steps[step] = new SourcedRule(rule, $"configuration {ConfigurationSection}:{year}:{step}");
            }
        }
    }

    /// <summary>
    /// The rule of <paramref name="step"/> for a case whose step started in <paramref name="year"/>. A year
    /// without a rule for the step uses the rule of the latest earlier year that has one, so a year's
    /// rules carry on until a later year (in the file or in configuration) changes them.
    /// </summary>
    public DeadlineRule RuleFor(string step, int year) => Find(step, year).Rule;

    /// <summary>Where the rule <see cref="RuleFor"/> returns comes from: the data file's source text or the configuration key.</summary>
    public string SourceOf(string step, int year) => Find(step, year).Source;

    private SourcedRule Find(string step, int year)
    {
        var canonical = DeadlineSteps.Find(step ?? "")
            ?? throw new ArgumentException($"Unknown deadline step '{step}'.", nameof(step));
        foreach (var (ruleYear, steps) in rules.Reverse())
        {
            if (ruleYear <= year && steps.TryGetValue(canonical, out var rule))
            {
                return rule;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(year), year,
            $"No deadline rule for {canonical} in {year} or any earlier year; add one to {EmbeddedFile} or to {ConfigurationSection}:{year}:{canonical}.");
    }

    internal static IReadOnlyDictionary<int, Dictionary<string, SourcedRule>> ParseDefaults(Stream json, string source)
    {
        using var document = JsonDocument.Parse(json);
        var defaults = new Dictionary<int, Dictionary<string, SourcedRule>>();
        if (!document.RootElement.TryGetProperty("years", out var years))
        {
            throw new FormatException($"{source}: 'years' is missing.");
        }

        foreach (var entry in years.EnumerateArray())
        {
            var year = entry.GetProperty("year").GetInt32();
            var steps = new Dictionary<string, SourcedRule>(StringComparer.Ordinal);
            if (!defaults.TryAdd(year, steps))
            {
                throw new FormatException($"{source}: year {year} is listed twice.");
            }

            foreach (var property in entry.GetProperty("rules").EnumerateObject())
            {
                var where = $"{source}, {year}, {property.Name}";
                var step = DeadlineSteps.All.Contains(property.Name, StringComparer.Ordinal)
                    ? property.Name
                    : throw new FormatException($"{where}: unknown step.");
                var days = property.Value.GetProperty("days").GetInt32();
                var count = Enum.TryParse<DayCount>(property.Value.GetProperty("count").GetString(), ignoreCase: false, out var parsed)
                    && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new FormatException($"{where}: count is Calendar or Working.");
                var text = property.Value.GetProperty("source").GetString();
                if (days < 1 || string.IsNullOrWhiteSpace(text))
                {
                    throw new FormatException($"{where}: a rule needs a positive number of days and its source.");
                }

                steps[step] = new SourcedRule(new DeadlineRule(days, count), text);
            }
        }

        return defaults;
    }

    internal sealed record SourcedRule(DeadlineRule Rule, string Source);
}
