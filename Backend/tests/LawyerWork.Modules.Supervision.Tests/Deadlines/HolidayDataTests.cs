using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawyerWork.Modules.Supervision.Deadlines;

namespace LawyerWork.Modules.Supervision.Tests.Deadlines;

public sealed partial class HolidayDataTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Embedded;

    [Test]
    public void The_embedded_file_covers_2019_to_2026()
    {
        Assert.That(Calendar.CoveredYears, Is.EquivalentTo(Enumerable.Range(2019, 8)));
    }

    [Test]
    public void Every_year_names_its_annual_notice_with_number_and_date()
    {
        foreach (var year in Calendar.CoveredYears)
        {
            var notices = Calendar.SourcesFor(year);
            Assert.That(notices, Is.Not.Empty, $"{year}");
            Assert.That(notices[0].Title, Is.EqualTo($"国务院办公厅关于{year}年部分节假日安排的通知"), $"{year}");
            foreach (var notice in notices)
            {
                Assert.That(NoticeNumber().IsMatch(notice.Number), Is.True, $"{year}: {notice.Number}");
                Assert.That(notice.Date.Year, Is.InRange(year - 1, year), $"{year}: {notice.Title}");
            }
        }
    }

    [Test]
    public void No_date_is_both_a_holiday_and_a_make_up_day_and_every_make_up_day_is_a_weekend_day()
    {
        for (var day = new DateOnly(2018, 12, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            Assert.That(Calendar.IsHoliday(day) && Calendar.IsMakeUpWorkingDay(day), Is.False, $"{day}");
            if (Calendar.IsMakeUpWorkingDay(day))
            {
                Assert.That(day.DayOfWeek, Is.EqualTo(DayOfWeek.Saturday).Or.EqualTo(DayOfWeek.Sunday), $"{day}");
            }
        }
    }

    // 全国年节及纪念日放假办法: 11 days off for everyone until 2024, 13 from 2025 (除夕 and 5月2日 added in
    // November 2024). A notice moves days off onto weekdays only by taking as many weekend days for work,
    // so weekday days off minus make-up days must give the statutory number: a typo in a date breaks it.
    // 2020 has two more: the extension added Friday 31 January and cancelled the make-up Saturday 1 February.
    [TestCase(2019, 11)]
    [TestCase(2020, 13)]
    [TestCase(2021, 11)]
    [TestCase(2022, 11)]
    [TestCase(2023, 11)]
    [TestCase(2024, 11)]
    [TestCase(2025, 13)]
    [TestCase(2026, 13)]
    public void Weekday_days_off_minus_make_up_days_equal_the_statutory_holidays(int year, int statutory)
    {
        var (off, work) = NoticeDates(year);
        var weekdaysOff = off.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.That(weekdaysOff - work.Count, Is.EqualTo(statutory));
    }

    [Test]
    public void A_date_both_off_and_at_work_is_refused() =>
        Assert.That(() => Parse(Year("""{ "name": "x", "off": ["2024-02-04"], "work": ["2024-02-04"] }""")),
            Throws.InstanceOf<FormatException>().With.Message.Contains("2024-02-04"));

    [Test]
    public void A_make_up_day_on_a_weekday_is_refused() =>
        Assert.That(() => Parse(Year("""{ "name": "x", "off": [], "work": ["2024-02-05"] }""")),
            Throws.InstanceOf<FormatException>().With.Message.Contains("weekend"));

    [Test]
    public void A_year_without_a_source_is_refused() =>
        Assert.That(() => Parse("""{ "years": [ { "year": 2024, "sources": [], "festivals": [] } ] }"""),
            Throws.InstanceOf<FormatException>().With.Message.Contains("notice"));

    [TestCase("2022-06-01", TestName = "A date two years early is refused")]
    [TestCase("2024-13-01", TestName = "A date that does not exist is refused")]
    [TestCase("2024-02-17/2024-02-10", TestName = "An interval that ends before it starts is refused")]
    public void A_bad_date_is_refused(string off) =>
        Assert.That(() => Parse(Year($$"""{ "name": "x", "off": ["{{off}}"], "work": [] }""")), Throws.InstanceOf<FormatException>());

    private static string Year(string festival) =>
        $$"""{ "years": [ { "year": 2024, "sources": [ { "title": "t", "number": "n", "date": "2023-10-25" } ], "festivals": [ {{festival}} ] } ] }""";

    private static WorkingCalendar Parse(string json) =>
        WorkingCalendar.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test");

    // The file's own entry for a year, read independently of WorkingCalendar.
    private static (HashSet<DateOnly> Off, HashSet<DateOnly> Work) NoticeDates(int year)
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream($"LawyerWork.Supervision.{WorkingCalendar.EmbeddedFile}")!;
        using var document = JsonDocument.Parse(stream);
        var entry = document.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);
        var off = new HashSet<DateOnly>();
        var work = new HashSet<DateOnly>();
        foreach (var festival in entry.GetProperty("festivals").EnumerateArray())
        {
            foreach (var interval in festival.GetProperty("off").EnumerateArray().Select(e => e.GetString()!.Split('/')))
            {
                var first = DateOnly.Parse(interval[0], System.Globalization.CultureInfo.InvariantCulture);
                var last = DateOnly.Parse(interval[^1], System.Globalization.CultureInfo.InvariantCulture);
                for (var day = first; day <= last; day = day.AddDays(1))
                {
                    off.Add(day);
                }
            }

            work.UnionWith(festival.GetProperty("work").EnumerateArray().Select(e => DateOnly.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return (off, work);
    }

    [GeneratedRegex(@"^国办发明电〔\d{4}〕\d+号$")]
    private static partial Regex NoticeNumber();
}
