using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>A compact Markdown table (benchmark, mean, allocated) for the bench runner to include in its results.</summary>
internal static class SummaryTable
{
    public static string Markdown(IEnumerable<Summary> summaries, string job)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| benchmark ({job} job, in process) | mean | allocated |");
        text.AppendLine("|---|---:|---:|");
        // Grouped by class and in declaration order (a method's metadata token grows with it), whatever order they ran in.
        var reports = summaries.SelectMany(s => s.Reports)
            .OrderBy(r => r.BenchmarkCase.Descriptor.Type.Name, StringComparer.Ordinal)
            .ThenBy(r => r.BenchmarkCase.Descriptor.WorkloadMethod.MetadataToken)
            .ThenBy(r => r.BenchmarkCase.Parameters.DisplayInfo, StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var name = report.BenchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)
                + ": " + report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            var parameters = report.BenchmarkCase.Parameters.DisplayInfo;
            if (parameters.Length > 0)
            {
                name += " " + parameters;
            }

            var mean = report.Success && report.ResultStatistics is { } statistics ? Time(statistics.Mean) : "failed";
            var allocated = report.Success && report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Bytes(bytes) : "–";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name.Replace("|", "\\|", StringComparison.Ordinal)} | {mean} | {allocated} |");
        }

        return text.ToString();
    }

    /// <summary>Nanoseconds in the unit that keeps three or four significant digits.</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:0.0} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:0.00} μs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:0.00} ms"),
    };

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
    };
}
