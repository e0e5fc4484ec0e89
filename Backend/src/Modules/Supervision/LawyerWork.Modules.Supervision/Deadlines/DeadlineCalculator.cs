using LawyerWork.BuildingBlocks.Time;

namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>
/// When a step is due and how many days are left. Dates are Asia/Shanghai dates (ShanghaiClock);
/// the rule is the one of the year the step started in.
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar, DeadlinePolicy policy)
{
    /// <summary>
    /// The last day of the step's time limit. Days count from the day after <paramref name="startedOn"/>
    /// (民法典 第二百零一条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算). A working-day limit
    /// ends on a working day by construction. A calendar-day limit whose last day is a day off moves to the
    /// first working day after it (民法典 第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日;
    /// 民事诉讼法 has the same rule for procedural periods). We read 法定休假日 as every day off: the
    /// public holidays and the weekend days that are not make-up working days; a limit ending on a make-up
    /// working Saturday therefore stays on that Saturday.
    /// </summary>
    public DateOnly DueOn(string step, DateOnly startedOn)
    {
        var rule = policy.RuleFor(step, startedOn.Year);
        return rule.Count switch
        {
            DayCount.Working => calendar.AddWorkingDays(startedOn, rule.Days),
            DayCount.Calendar => calendar.OnOrNextWorkingDay(startedOn.AddDays(rule.Days)),
            _ => throw new ArgumentOutOfRangeException(nameof(step), rule.Count, "Unknown day count."),
        };
    }

    /// <summary>The rule of <paramref name="step"/> for a step started in <paramref name="year"/> (DeadlinePolicy.RuleFor).</summary>
    public DeadlineRule RuleFor(string step, int year) => policy.RuleFor(step, year);

    /// <summary>
    /// Days from <paramref name="today"/> to <paramref name="dueOn"/>: positive while the deadline is ahead,
    /// 0 on the due date itself, negative once it has passed. For <see cref="DayCount.Working"/> the
    /// magnitude counts working days (at least 1 on any other date than the due date, so a deadline passed
    /// on a Friday reads overdue on the Saturday, not due today).
    /// </summary>
    public int DaysLeft(DateOnly dueOn, DateOnly today, DayCount count)
    {
        if (dueOn == today)
        {
            return 0;
        }

        return count switch
        {
            DayCount.Calendar => dueOn.DayNumber - today.DayNumber,
            DayCount.Working => dueOn > today
                ? Math.Max(1, calendar.WorkingDaysBetween(today, dueOn))
                : Math.Min(-1, calendar.WorkingDaysBetween(today, dueOn)),
            _ => throw new ArgumentOutOfRangeException(nameof(count), count, "Unknown day count."),
        };
    }
}
