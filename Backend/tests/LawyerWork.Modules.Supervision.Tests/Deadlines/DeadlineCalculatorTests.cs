using LawyerWork.Modules.Supervision.Deadlines;

namespace LawyerWork.Modules.Supervision.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Rules of the test's own, so that the department changing a default changes no expectation here.
    private static DeadlineCalculator Calculator(params (int Year, string Step, string Rule)[] rules) =>
        new(WorkingCalendar.Embedded, new DeadlinePolicy(
            new Dictionary<int, Dictionary<string, DeadlinePolicy.SourcedRule>>(),
            DeadlinePolicyTests.Settings([.. rules.Select(r => ($"Supervision:Deadlines:{r.Year}:{r.Step}", r.Rule))])));

    [Test]
    public void A_working_day_deadline_skips_the_Spring_Festival_and_counts_its_make_up_Sunday()
    {
        var calculator = Calculator((2025, DeadlineSteps.RightsAcceptance, "5 Working"));
        Assert.That(calculator.DueOn(DeadlineSteps.RightsAcceptance, D("2025-01-24")), Is.EqualTo(D("2025-02-07")));
    }

    [Test]
    public void A_working_day_deadline_skips_National_Day_and_counts_its_make_up_days()
    {
        // 24–27 Sep (4), make-up Sunday 29 Sep (5), 30 Sep (6), 1–7 Oct off, 8–11 Oct (7–10).
        var calculator = Calculator((2024, DeadlineSteps.ComplaintAcceptance, "10 Working"));
        Assert.That(calculator.DueOn(DeadlineSteps.ComplaintAcceptance, D("2024-09-23")), Is.EqualTo(D("2024-10-11")));
    }

    [TestCase("2025-09-01", 30, "2025-10-09", TestName = "Ending on National Day moves past the whole holiday")]
    [TestCase("2024-02-08", 7, "2024-02-18", TestName = "Ending in the Spring Festival moves to the make-up Sunday after it")]
    [TestCase("2024-03-03", 7, "2024-03-11", TestName = "Ending on an ordinary Sunday moves to Monday")]
    [TestCase("2025-09-11", 30, "2025-10-11", TestName = "Ending on a make-up Saturday stays")]
    [TestCase("2024-03-04", 30, "2024-04-03", TestName = "Ending on a working day stays")]
    [TestCase("2024-10-03", 90, "2025-01-02", TestName = "Ending on New Year's Day moves into the next year")]
    [TestCase("2024-01-31", 29, "2024-02-29", TestName = "Counts the leap day")]
    public void A_calendar_deadline_counts_from_the_next_day_and_a_last_day_off_moves_to_the_next_working_day(string start, int days, string due)
    {
        var calculator = Calculator((2024, DeadlineSteps.PenaltyDecision, $"{days} Calendar"));
        Assert.That(calculator.DueOn(DeadlineSteps.PenaltyDecision, D(start)), Is.EqualTo(D(due)));
    }

    [Test]
    public void The_rule_is_the_one_of_the_year_the_step_started_in()
    {
        var calculator = Calculator(
            (2020, DeadlineSteps.RightsCoordination, "30 Calendar"),
            (2021, DeadlineSteps.RightsCoordination, "10 Working"));

        Assert.That(calculator.DueOn(DeadlineSteps.RightsCoordination, D("2020-12-31")), Is.EqualTo(D("2021-02-01")),
            "30 calendar days end on Saturday 30 January 2021, which moves to Monday");
        Assert.That(calculator.DueOn(DeadlineSteps.RightsCoordination, D("2021-01-04")), Is.EqualTo(D("2021-01-18")));
        Assert.That(calculator.RuleFor(DeadlineSteps.RightsCoordination, 2021), Is.EqualTo(new DeadlineRule(10, DayCount.Working)));
    }

    [TestCase("2025-02-01", 6)]
    [TestCase("2025-02-07", 0)]
    [TestCase("2025-02-10", -3)]
    public void Days_left_in_calendar_days(string today, int expected) =>
        Assert.That(Calculator().DaysLeft(D("2025-02-07"), D(today), DayCount.Calendar), Is.EqualTo(expected));

    [TestCase("2025-01-27", 3, TestName = "Three working days left across the Spring Festival")]
    [TestCase("2025-02-06", 1, TestName = "One working day left")]
    [TestCase("2025-02-07", 0, TestName = "Due today")]
    [TestCase("2025-02-10", -2, TestName = "Overdue by the make-up Saturday and the Monday")]
    public void Days_left_in_working_days(string today, int expected) =>
        Assert.That(Calculator().DaysLeft(D("2025-02-07"), D(today), DayCount.Working), Is.EqualTo(expected));

    [Test]
    public void A_working_deadline_passed_on_Friday_reads_overdue_on_the_weekend_not_due_today()
    {
        var calculator = Calculator();
        Assert.That(calculator.DaysLeft(D("2025-02-14"), D("2025-02-15"), DayCount.Working), Is.EqualTo(-1));
        Assert.That(calculator.DaysLeft(D("2025-02-14"), D("2025-02-16"), DayCount.Working), Is.EqualTo(-1));
        Assert.That(calculator.DaysLeft(D("2025-02-14"), D("2025-02-17"), DayCount.Working), Is.EqualTo(-1));
        Assert.That(calculator.DaysLeft(D("2025-02-14"), D("2025-02-18"), DayCount.Working), Is.EqualTo(-2));
    }

    [Test]
    public void The_embedded_defaults_give_every_step_a_due_date()
    {
        var calculator = new DeadlineCalculator(WorkingCalendar.Embedded, new DeadlinePolicy(DeadlinePolicyTests.Settings()));
        foreach (var step in DeadlineSteps.All)
        {
            var due = calculator.DueOn(step, D("2025-06-03"));
            Assert.That(due, Is.GreaterThan(D("2025-06-03")), step);
            Assert.That(WorkingCalendar.Embedded.IsWorkingDay(due), Is.True, step);
        }
    }
}
