using System.Diagnostics;
using LawyerWork.Benchmarks.Load;

namespace LawyerWork.Benchmarks.Tests;

public sealed class StatisticsTests
{
    [Test]
    public void Percentiles_of_a_known_set_are_its_order_statistics_within_the_histograms_precision()
    {
        var recorder = new LatencyRecorder(0);
        // 1 ms … 1000 ms, shuffled so that nothing depends on the order of recording.
        var values = Enumerable.Range(1, 1000).Select(ms => ms * 1000L).OrderBy(v => (v * 7919) % 1000).ToList();
        foreach (var micros in values)
        {
            recorder.RecordLatency(micros);
        }

        var summary = recorder.Summary();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.EqualTo(1000));
            // Three significant digits: each value within 0.1 % of the exact order statistic.
            Assert.That(summary.P50, Is.EqualTo(500).Within(0.1).Percent);
            Assert.That(summary.P90, Is.EqualTo(900).Within(0.1).Percent);
            Assert.That(summary.P95, Is.EqualTo(950).Within(0.1).Percent);
            Assert.That(summary.P99, Is.EqualTo(990).Within(0.1).Percent);
            Assert.That(summary.P999, Is.EqualTo(999).Within(0.1).Percent);
            Assert.That(summary.Max, Is.EqualTo(1000), "the maximum is kept exactly, not as a bucket's upper end");
            Assert.That(summary.Mean, Is.EqualTo(500.5).Within(0.1).Percent);
        });
    }

    [Test]
    public void Merged_workers_give_the_figures_of_all_their_requests_and_keep_the_earliest_errors()
    {
        var origin = Stopwatch.GetTimestamp();
        var a = new LatencyRecorder(origin);
        var b = new LatencyRecorder(origin);
        for (var i = 0; i < 90; i++)
        {
            a.Record("GET", "/fast", new Outcome(200, null), origin, origin + (Stopwatch.Frequency / 1000));
        }

        for (var i = 0; i < 10; i++)
        {
            b.Record("GET", "/slow", new Outcome(503, null), origin, origin + (Stopwatch.Frequency / 10) + i);
        }

        b.Record("GET", "/gone", new Outcome(0, "HttpRequestException: refused"), origin, origin + Stopwatch.Frequency);
        var total = new LatencyRecorder(origin);
        total.Add(a);
        total.Add(b);

        var summary = total.Summary();
        Assert.Multiple(() =>
        {
            Assert.That(total.Responses, Is.EqualTo(100));
            Assert.That(total.Non2xx, Is.EqualTo(10));
            Assert.That(total.Failures, Is.EqualTo(1));
            Assert.That(total.Statuses, Is.EquivalentTo(new Dictionary<int, long> { [200] = 90, [503] = 10 }));
            Assert.That(summary.P50, Is.EqualTo(1).Within(0.1).Percent);
            Assert.That(summary.P95, Is.EqualTo(100).Within(0.1).Percent);
            Assert.That(total.Samples, Has.Count.EqualTo(LatencyRecorder.MaxSamples));
            Assert.That(total.Samples.Select(s => s.Status).Distinct(), Is.EqualTo(new[] { 503 }), "the earliest errors first; the late failure is past the first ten");
        });
    }

    [Test]
    public void A_report_counts_throughput_over_the_measured_window_and_fails_on_any_error()
    {
        var origin = Stopwatch.GetTimestamp();
        var recorder = new LatencyRecorder(origin);
        for (var i = 1; i <= 200; i++)
        {
            // 200 answers over exactly two seconds.
            recorder.Record("GET", "/x", new Outcome(200, null), origin, origin + (i * Stopwatch.Frequency / 100));
        }

        var settings = new LoadSettings { Mode = LoadMode.Closed, BaseAddress = new Uri("https://127.0.0.1:5001/"), Connections = 4 };
        var report = LoadReport.Create("closed", settings, recorder, DateTimeOffset.UnixEpoch, origin, origin + (2 * Stopwatch.Frequency));
        Assert.Multiple(() =>
        {
            Assert.That(report.Throughput, Is.EqualTo(100).Within(0.5));
            Assert.That(report.DurationSeconds, Is.EqualTo(2).Within(0.001));
            Assert.That(report.Succeeded, Is.True);
        });

        recorder.Record("GET", "/x", new Outcome(404, null), origin, origin + 1);
        Assert.That(LoadReport.Create("closed", settings, recorder, DateTimeOffset.UnixEpoch, origin, origin).Succeeded, Is.False);
    }
}
