using System.Globalization;
using System.Text.Json;

namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>A State Council General Office notice that sets a year's holidays, named as the data file names it.</summary>
public sealed record HolidayNotice(string Title, string Number, DateOnly Date);

/// <summary>
/// Working days in mainland China: Monday to Friday, except the public holidays (放假), plus the
/// weekend days that the annual notice makes working days (调休上班). The dates come from
/// Deadlines/Data/holidays-cn.json, each year with the notice it is taken from. A year the file does
/// not cover counts Monday to Friday only; <see cref="Covers(int)"/> tells callers, so they can warn
/// that a deadline in such a year may move once the notice is added.
/// </summary>
public sealed class WorkingCalendar
{
    public const string EmbeddedFile = "holidays-cn.json";

    private static readonly Lazy<WorkingCalendar> EmbeddedCalendar = new(() =>
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream($"LawyerWork.Supervision.{EmbeddedFile}")
            ?? throw new InvalidOperationException($"Embedded holiday file {EmbeddedFile} is missing.");
        return Parse(stream, EmbeddedFile);
    });

    private readonly HashSet<DateOnly> holidays;
    private readonly HashSet<DateOnly> makeUpWorkingDays;
    private readonly Dictionary<int, IReadOnlyList<HolidayNotice>> sources;

    private WorkingCalendar(HashSet<DateOnly> holidays, HashSet<DateOnly> makeUpWorkingDays, Dictionary<int, IReadOnlyList<HolidayNotice>> sources)
    {
        this.holidays = holidays;
        this.makeUpWorkingDays = makeUpWorkingDays;
        this.sources = sources;
    }

    /// <summary>The calendar of the data file embedded in this assembly, read once.</summary>
    public static WorkingCalendar Embedded => EmbeddedCalendar.Value;

    public IReadOnlyCollection<int> CoveredYears => sources.Keys;

    /// <summary>Whether the data holds the notice for <paramref name="year"/>.</summary>
    public bool Covers(int year) => sources.ContainsKey(year);

    /// <summary>Whether the data holds the notice of every year from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Covers(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = first; year <= last; year++)
        {
            if (!Covers(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The notices the year's dates are taken from (empty for a year not covered).</summary>
    public IReadOnlyList<HolidayNotice> SourcesFor(int year) => sources.TryGetValue(year, out var notices) ? notices : [];

    public bool IsHoliday(DateOnly day) => holidays.Contains(day);

    public bool IsMakeUpWorkingDay(DateOnly day) => makeUpWorkingDays.Contains(day);

    public bool IsWorkingDay(DateOnly day)
    {
        if (holidays.Contains(day))
        {
            return false;
        }

        return makeUpWorkingDays.Contains(day) || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The day that is <paramref name="days"/> working days after <paramref name="start"/>; <paramref name="start"/> itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The working days in (<paramref name="from"/>, <paramref name="to"/>]: so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. Negative when <paramref name="to"/> is before
    /// <paramref name="from"/> (minus the working days in (to, from]).
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><paramref name="day"/> when it is a working day, else the first working day after it.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// Reads the data file. Anything malformed fails loudly with the file and year named, so a bad
    /// edit fails the first test run instead of moving deadlines.
    /// </summary>
    internal static WorkingCalendar Parse(Stream json, string source)
    {
        using var document = JsonDocument.Parse(json);
        var holidays = new HashSet<DateOnly>();
        var makeUpWorkingDays = new HashSet<DateOnly>();
        var sources = new Dictionary<int, IReadOnlyList<HolidayNotice>>();
        foreach (var entry in Property(document.RootElement, "years", source).EnumerateArray())
        {
            var year = Property(entry, "year", source).GetInt32();
            var where = $"{source}, year {year}";
            var notices = Property(entry, "sources", where).EnumerateArray()
                .Select(n => new HolidayNotice(
                    Text(n, "title", where), Text(n, "number", where), Date(Text(n, "date", where), where)))
                .ToList();
            if (notices.Count == 0)
            {
                throw new FormatException($"{where}: every year names the notice its dates come from.");
            }

            if (!sources.TryAdd(year, notices))
            {
                throw new FormatException($"{where}: the year is listed twice.");
            }

            foreach (var festival in Property(entry, "festivals", where).EnumerateArray())
            {
                foreach (var off in Property(festival, "off", where).EnumerateArray())
                {
                    foreach (var day in Days(off.GetString() ?? "", where))
                    {
                        CheckBelongsTo(day, year, where);
                        holidays.Add(day);
                    }
                }

                foreach (var work in Property(festival, "work", where).EnumerateArray())
                {
                    var day = Date(work.GetString() ?? "", where);
                    CheckBelongsTo(day, year, where);
                    if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    {
                        throw new FormatException($"{where}: {day:yyyy-MM-dd} is a {day.DayOfWeek}; a make-up working day is always a weekend day.");
                    }

                    makeUpWorkingDays.Add(day);
                }
            }
        }

        var both = holidays.Intersect(makeUpWorkingDays).Order().ToList();
        if (both.Count > 0)
        {
            throw new FormatException($"{source}: {string.Join(", ", both.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))} is both a holiday and a make-up working day.");
        }

        return new WorkingCalendar(holidays, makeUpWorkingDays, sources);
    }

    // A notice reaches back into the end of the previous year for New Year's Day (2019's starts on 2018-12-29).
    private static void CheckBelongsTo(DateOnly day, int year, string where)
    {
        if (day.Year != year && !(day.Year == year - 1 && day.Month == 12))
        {
            throw new FormatException($"{where}: {day:yyyy-MM-dd} is outside the year.");
        }
    }

    // A single date or an ISO 8601 interval "start/end", both ends included.
    private static IEnumerable<DateOnly> Days(string text, string where)
    {
        var ends = text.Split('/');
        var first = Date(ends[0], where);
        var last = ends.Length == 2 ? Date(ends[1], where) : first;
        if (ends.Length > 2 || last < first || last.DayNumber - first.DayNumber > 15)
        {
            throw new FormatException($"{where}: '{text}' is not a date or a short 'start/end' interval.");
        }

        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static DateOnly Date(string text, string where) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{where}: '{text}' is not a yyyy-MM-dd date.");

    private static JsonElement Property(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{where}: '{name}' is missing.");

    private static string Text(JsonElement element, string name, string where) =>
        Property(element, name, where).GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"{where}: '{name}' is empty.");
}
