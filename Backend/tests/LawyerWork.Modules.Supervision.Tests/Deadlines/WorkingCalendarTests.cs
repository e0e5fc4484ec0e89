using LawyerWork.Modules.Supervision.Deadlines;

namespace LawyerWork.Modules.Supervision.Tests.Deadlines;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Embedded;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("2024-03-08", true, TestName = "An ordinary Friday is a working day")]
    [TestCase("2024-03-09", false, TestName = "An ordinary Saturday is not")]
    [TestCase("2024-03-10", false, TestName = "An ordinary Sunday is not")]
    [TestCase("2024-10-01", false, TestName = "National Day on a Tuesday is not")]
    [TestCase("2025-01-28", false, TestName = "Spring Festival eve 2025 is a holiday under the amended rules")]
    [TestCase("2025-05-02", false, TestName = "The second Labour Day holiday from 2025 is not")]
    [TestCase("2024-02-04", true, TestName = "A make-up Sunday before the Spring Festival is a working day")]
    [TestCase("2024-02-18", true, TestName = "A make-up Sunday after the Spring Festival is a working day")]
    [TestCase("2025-02-08", true, TestName = "A make-up Saturday is a working day")]
    [TestCase("2018-12-29", true, TestName = "A make-up Saturday in December set by the next year's notice is a working day")]
    [TestCase("2018-12-31", false, TestName = "New Year's Eve 2018 off by the 2019 notice")]
    [TestCase("2019-05-02", false, TestName = "The 2019 Labour Day amendment adds days off")]
    [TestCase("2019-05-05", true, TestName = "The 2019 Labour Day amendment adds a make-up Sunday")]
    [TestCase("2020-01-31", false, TestName = "The 2020 Spring Festival extension adds a Friday off")]
    [TestCase("2020-02-01", false, TestName = "The 2020 extension cancels the make-up Saturday")]
    [TestCase("2020-02-03", true, TestName = "Work resumed on 3 February 2020")]
    public void Knows_weekends_holidays_and_make_up_working_days(string day, bool working) =>
        Assert.That(Calendar.IsWorkingDay(D(day)), Is.EqualTo(working));

    [Test]
    public void A_year_without_its_notice_is_not_covered_and_counts_Monday_to_Friday()
    {
        Assert.That(Calendar.Covers(2027), Is.False);
        Assert.That(Calendar.Covers(2018), Is.False);
        Assert.That(Calendar.IsWorkingDay(D("2027-10-01")), Is.True, "a Friday, whatever the 2027 notice will say");
        Assert.That(Calendar.IsWorkingDay(D("2027-10-02")), Is.False, "a Saturday");
        Assert.That(Calendar.SourcesFor(2027), Is.Empty);
    }

    [Test]
    public void Covers_a_span_only_when_every_year_in_it_is_covered()
    {
        Assert.That(Calendar.Covers(D("2024-12-01"), D("2025-02-01")), Is.True);
        Assert.That(Calendar.Covers(D("2026-12-31"), D("2027-01-04")), Is.False);
        Assert.That(Calendar.Covers(D("2027-01-04"), D("2026-12-31")), Is.False);
    }

    [TestCase("2024-03-08", 1, "2024-03-11", TestName = "One working day after a Friday is the Monday")]
    [TestCase("2024-03-09", 1, "2024-03-11", TestName = "One working day after a Saturday is the Monday")]
    [TestCase("2024-03-06", 2, "2024-03-08", TestName = "Start day not counted")]
    [TestCase("2024-02-29", 2, "2024-03-04", TestName = "Across a leap-year month end and a weekend")]
    [TestCase("2024-04-30", 1, "2024-05-06", TestName = "Across a month end into Labour Day")]
    [TestCase("2024-12-31", 1, "2025-01-02", TestName = "Across the year end and New Year's Day")]
    [TestCase("2022-12-30", 1, "2023-01-03", TestName = "Across a year end whose New Year holiday starts on the Saturday")]
    [TestCase("2025-01-24", 5, "2025-02-07", TestName = "Across the 2025 Spring Festival with its make-up Sunday")]
    [TestCase("2025-09-26", 5, "2025-10-10", TestName = "Across the 2025 National Day with its make-up Sunday")]
    [TestCase("2025-09-26", 6, "2025-10-11", TestName = "Ending on the make-up Saturday after National Day")]
    [TestCase("2026-12-31", 1, "2027-01-01", TestName = "Into a year not covered: Monday to Friday")]
    public void Adds_working_days(string start, int days, string expected) =>
        Assert.That(Calendar.AddWorkingDays(D(start), days), Is.EqualTo(D(expected)));

    [TestCase(0)]
    [TestCase(-3)]
    public void Adding_fewer_than_one_working_day_is_refused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-01-02"), days));

    [TestCase("2025-01-24", "2025-02-07", 5, TestName = "Across the Spring Festival")]
    [TestCase("2025-02-07", "2025-01-24", -5, TestName = "Backwards is negative")]
    [TestCase("2025-02-07", "2025-02-07", 0, TestName = "The same day is zero")]
    [TestCase("2024-03-08", "2024-03-11", 1, TestName = "Friday to Monday")]
    [TestCase("2024-03-09", "2024-03-10", 0, TestName = "Saturday to Sunday")]
    [TestCase("2025-02-07", "2025-02-10", 2, TestName = "Over a make-up Saturday")]
    public void Counts_working_days_between_two_dates(string from, string to, int expected) =>
        Assert.That(Calendar.WorkingDaysBetween(D(from), D(to)), Is.EqualTo(expected));

    [Test]
    public void Adding_then_counting_gives_back_the_same_number_and_lands_on_a_working_day()
    {
        for (var start = D("2018-12-01"); start <= D("2026-12-31"); start = start.AddDays(1))
        {
            foreach (var days in new[] { 1, 5, 10, 20 })
            {
                var due = Calendar.AddWorkingDays(start, days);
                Assert.That(Calendar.IsWorkingDay(due), Is.True, $"{start} + {days}");
                Assert.That(Calendar.WorkingDaysBetween(start, due), Is.EqualTo(days), $"{start} + {days}");
                Assert.That(Calendar.WorkingDaysBetween(due, start), Is.EqualTo(-days), $"{start} + {days}");
            }
        }
    }

    [TestCase("2025-10-01", "2025-10-09", TestName = "A holiday moves to the first working day after the holiday")]
    [TestCase("2024-02-15", "2024-02-18", TestName = "Which may be a make-up Sunday")]
    [TestCase("2024-03-10", "2024-03-11", TestName = "An ordinary Sunday moves to Monday")]
    [TestCase("2024-03-11", "2024-03-11", TestName = "A working day stays")]
    public void Finds_the_working_day_on_or_after_a_date(string day, string expected) =>
        Assert.That(Calendar.OnOrNextWorkingDay(D(day)), Is.EqualTo(D(expected)));
}
