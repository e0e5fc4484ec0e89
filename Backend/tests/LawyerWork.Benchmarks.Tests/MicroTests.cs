using LawyerWork.Benchmarks.Micro;

namespace LawyerWork.Benchmarks.Tests;

/// <summary>
/// The micro-benchmarks' command line and summary table, and their inputs: each class's setup checks that its
/// valid inputs pass and its faulty ones fail exactly as the benchmark's name says, so a changed rule fails
/// here rather than silently turning a benchmark of the error path into one of the happy path. Nothing is timed.
/// </summary>
public sealed class MicroTests
{
    [Test]
    public void Without_a_filter_every_benchmark_runs_and_the_own_switches_are_taken_out()
    {
        var options = MicroOptions.Parse(["--full", "--summary", "out/summary.md", "--artifacts", "out/micro", "--memory"]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Full, Is.True);
            Assert.That(options.Summary, Is.EqualTo(Path.GetFullPath("out/summary.md")));
            Assert.That(options.Artifacts, Is.EqualTo(Path.GetFullPath("out/micro")));
            Assert.That(options.BenchmarkArgs, Is.EqualTo(new[] { "--memory", "--filter", "*" }));
        });
    }

    [Test]
    public void A_filter_or_a_listing_passes_through_as_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MicroOptions.Parse(["--filter", "*Validator*"]).BenchmarkArgs, Is.EqualTo(new[] { "--filter", "*Validator*" }));
            Assert.That(MicroOptions.Parse(["--list", "flat"]).BenchmarkArgs, Is.EqualTo(new[] { "--list", "flat" }));
            Assert.That(MicroOptions.Parse([]).Artifacts, Is.EqualTo(Path.GetFullPath(MicroOptions.DefaultArtifacts)));
            Assert.That(MicroOptions.Parse([]).Summary, Is.Null);
        });
    }

    [Test]
    public void A_switch_without_its_value_is_refused() =>
        Assert.Throws<ArgumentException>(() => MicroOptions.Parse(["--summary"]));

    [TestCase(13.94, "13.9 ns")]
    [TestCase(10_712.3, "10.71 μs")]
    [TestCase(2_500_000, "2.50 ms")]
    public void Times_are_written_in_a_readable_unit(double nanoseconds, string text) =>
        Assert.That(SummaryTable.Time(nanoseconds), Is.EqualTo(text));

    [TestCase(0L, "0 B")]
    [TestCase(1016L, "1016 B")]
    [TestCase(59_085L, "57.7 KB")]
    public void Allocations_are_written_in_bytes_or_kilobytes(long bytes, string text) =>
        Assert.That(SummaryTable.Bytes(bytes), Is.EqualTo(text));

    [Test]
    public void The_validator_inputs_pass_or_fail_as_their_benchmarks_say()
    {
        var benchmarks = new ValidatorBenchmarks();
        Assert.DoesNotThrow(benchmarks.Setup);
    }

    [Test]
    public async Task The_import_rows_pass_or_fail_as_their_benchmarks_say()
    {
        var benchmarks = new ImportRowBenchmarks();
        Assert.DoesNotThrow(benchmarks.Setup);
        var validHasErrors = await benchmarks.ValidRow();
        var faultyHasErrors = await benchmarks.FaultyRow();
        var validatorFailures = await benchmarks.ValidateValidRow();
        Assert.Multiple(() =>
        {
            Assert.That(validHasErrors, Is.False);
            Assert.That(faultyHasErrors, Is.True);
            Assert.That(validatorFailures, Is.Zero);
        });
    }

    [Test]
    public void The_identifiers_are_valid_or_wrong_as_their_benchmarks_say()
    {
        var benchmarks = new IdentifierBenchmarks();
        Assert.Multiple(() =>
        {
            Assert.That(benchmarks.IdNumberValid(), Is.True);
            Assert.That(benchmarks.IdNumberWrongCheck(), Is.False);
            Assert.That(benchmarks.IdNumberBirthDate(), Is.EqualTo(new DateOnly(1988, 3, 15)));
            Assert.That(benchmarks.UsccValidLawFirmCode(), Is.True);
            Assert.That(benchmarks.UsccWrongCheck(), Is.False);
            Assert.That(benchmarks.CertificateNumberRules(), Is.True);
            Assert.That(benchmarks.PhoneValid(), Is.True);
        });
    }

    [Test]
    public void The_mapped_lawyer_has_its_history_and_masks_as_asked()
    {
        var benchmarks = new MapperBenchmarks();
        benchmarks.Setup();
        var masked = benchmarks.LawyerDetailsMasked();
        var unmasked = benchmarks.LawyerDetailsUnmasked();
        Assert.Multiple(() =>
        {
            Assert.That(masked.FirmHistory, Has.Count.EqualTo(2));
            Assert.That(masked.Specialties, Has.Count.EqualTo(3));
            Assert.That(masked.IdNumber, Does.Contain("*"));
            Assert.That(unmasked.BirthDate, Is.EqualTo(new DateOnly(1988, 3, 15)));
            Assert.That(benchmarks.RegionSummary().Name, Is.EqualTo("南关区"));
        });
    }
}
