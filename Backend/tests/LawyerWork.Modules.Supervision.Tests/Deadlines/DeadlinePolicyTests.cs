using LawyerWork.Modules.Supervision.Deadlines;
using Microsoft.Extensions.Configuration;

namespace LawyerWork.Modules.Supervision.Tests.Deadlines;

public sealed class DeadlinePolicyTests
{
    internal static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private static readonly DeadlinePolicy Defaults = new(Settings());

    [Test]
    public void The_embedded_defaults_give_every_step_a_rule_and_a_source_in_every_year_from_2019()
    {
        foreach (var step in DeadlineSteps.All)
        {
            for (var year = 2019; year <= 2035; year++)
            {
                Assert.That(Defaults.RuleFor(step, year).Days, Is.Positive, $"{step} {year}");
                Assert.That(Defaults.SourceOf(step, year), Is.Not.Empty, $"{step} {year}");
            }
        }
    }

    [Test]
    public void The_penalty_decision_follows_the_revised_administrative_penalty_law_from_2021()
    {
        Assert.That(Defaults.RuleFor(DeadlineSteps.PenaltyDecision, 2021), Is.EqualTo(new DeadlineRule(90, DayCount.Calendar)));
        Assert.That(Defaults.SourceOf(DeadlineSteps.PenaltyDecision, 2025), Does.Contain("行政处罚法").And.Contain("第六十条"));
        Assert.That(Defaults.SourceOf(DeadlineSteps.PenaltyDecision, 2020), Does.Contain("to be confirmed"));
    }

    [Test]
    public void Configuration_overrides_a_year_and_the_years_after_it()
    {
        var policy = new DeadlinePolicy(Settings(("Supervision:Deadlines:2025:ComplaintAcceptance", "15 Working")));

        Assert.That(policy.RuleFor(DeadlineSteps.ComplaintAcceptance, 2024), Is.EqualTo(Defaults.RuleFor(DeadlineSteps.ComplaintAcceptance, 2024)));
        Assert.That(policy.RuleFor(DeadlineSteps.ComplaintAcceptance, 2025), Is.EqualTo(new DeadlineRule(15, DayCount.Working)));
        Assert.That(policy.RuleFor(DeadlineSteps.ComplaintAcceptance, 2026), Is.EqualTo(new DeadlineRule(15, DayCount.Working)));
        Assert.That(policy.SourceOf(DeadlineSteps.ComplaintAcceptance, 2026), Is.EqualTo("configuration Supervision:Deadlines:2025:ComplaintAcceptance"));
        Assert.That(policy.RuleFor(DeadlineSteps.RightsCoordination, 2025), Is.EqualTo(Defaults.RuleFor(DeadlineSteps.RightsCoordination, 2025)),
            "the other steps keep their rules");
    }

    [Test]
    public void Configuration_keys_and_day_counts_ignore_letter_case()
    {
        var policy = new DeadlinePolicy(Settings(("supervision:deadlines:2024:rightscoordination", "20 calendar")));
        Assert.That(policy.RuleFor(DeadlineSteps.RightsCoordination, 2024), Is.EqualTo(new DeadlineRule(20, DayCount.Calendar)));
        Assert.That(policy.RuleFor("rightsCoordination", 2024), Is.EqualTo(new DeadlineRule(20, DayCount.Calendar)));
    }

    [Test]
    public void A_year_without_a_rule_uses_the_latest_earlier_year_that_has_one()
    {
        var policy = new DeadlinePolicy(new Dictionary<int, Dictionary<string, DeadlinePolicy.SourcedRule>>(), Settings(
            ("Supervision:Deadlines:2020:RightsAcceptance", "3 Working"),
            ("Supervision:Deadlines:2023:RightsAcceptance", "5 Working")));

        Assert.That(policy.RuleFor(DeadlineSteps.RightsAcceptance, 2020), Is.EqualTo(new DeadlineRule(3, DayCount.Working)));
        Assert.That(policy.RuleFor(DeadlineSteps.RightsAcceptance, 2022), Is.EqualTo(new DeadlineRule(3, DayCount.Working)));
        Assert.That(policy.RuleFor(DeadlineSteps.RightsAcceptance, 2023), Is.EqualTo(new DeadlineRule(5, DayCount.Working)));
        Assert.That(policy.RuleFor(DeadlineSteps.RightsAcceptance, 2040), Is.EqualTo(new DeadlineRule(5, DayCount.Working)));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.RuleFor(DeadlineSteps.RightsAcceptance, 2019), "no earlier year");
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.RuleFor(DeadlineSteps.RightsCoordination, 2023), "no rule for that step");
    }

    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "ten Working")]
    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "10 Days")]
    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "0 Working")]
    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "-5 Working")]
    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "10")]
    [TestCase("Supervision:Deadlines:2025:ComplaintAcceptance", "")]
    [TestCase("Supervision:Deadlines:2025:Acceptance", "10 Working")]
    [TestCase("Supervision:Deadlines:next:ComplaintAcceptance", "10 Working")]
    public void A_bad_configuration_value_fails_when_the_policy_is_built_and_names_the_key(string key, string value) =>
        Assert.That(() => new DeadlinePolicy(Settings((key, value))),
            Throws.InstanceOf<FormatException>().With.Message.Contains(string.Join(':', key.Split(':').Take(3))));

    [Test]
    public void An_unknown_step_is_refused() =>
        Assert.Throws<ArgumentException>(() => Defaults.RuleFor("Appeal", 2025));

    [TestCase("10 Working", 10, DayCount.Working)]
    [TestCase(" 30   Calendar ", 30, DayCount.Calendar)]
    public void A_rule_reads_its_configuration_form_and_writes_it_back(string text, int days, DayCount count)
    {
        var rule = DeadlineRule.Parse(text);
        Assert.That(rule, Is.EqualTo(new DeadlineRule(days, count)));
        Assert.That(DeadlineRule.Parse(rule.ToString()), Is.EqualTo(rule));
    }
}
