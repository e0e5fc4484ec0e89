namespace LawyerWork.Benchmarks.Runner;

/// <summary>One line of the results table. <see cref="Passed"/> null: recorded, no target.</summary>
public sealed record ScenarioResult(string Scenario, string Target, string Measured, double? Ratio, bool? Passed, string? Note = null)
{
    public static ScenarioResult NotRun(string scenario, string target, string why) => new(scenario, target, "not run", null, false, why);
}
