namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>
/// A step's time limit: <paramref name="Days"/> days counted from the day after the step starts
/// (民法典 第二百零一条: 开始的当日不计入), in calendar or working days.
/// </summary>
public sealed record DeadlineRule(int Days, DayCount Count)
{
    /// <summary>Reads the configuration form "10 Working" or "30 Calendar".</summary>
    public static DeadlineRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
            || days < 1
            || !Enum.TryParse<DayCount>(parts[1], ignoreCase: true, out var count)
            || !Enum.IsDefined(count))
        {
            throw new FormatException($"'{text}' is not a deadline: write a positive number of days and Calendar or Working, e.g. \"10 Working\".");
        }

        return new DeadlineRule(days, count);
    }

    public override string ToString() => $"{Days} {Count}";
}
