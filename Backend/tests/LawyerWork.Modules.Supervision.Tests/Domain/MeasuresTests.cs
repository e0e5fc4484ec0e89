using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>A measure is one string whose kind is part of it, so that the two warnings stay apart.</summary>
public sealed class MeasuresTests
{
    [Test]
    public void A_discipline_warning_and_a_penalty_warning_are_different_measures()
    {
        Assert.That(Measures.Of(DisciplineKind.Warning), Is.EqualTo("Discipline:Warning"));
        Assert.That(Measures.Of(PenaltyKind.Warning), Is.EqualTo("Penalty:Warning"));
        Assert.That(Measures.Of(DisciplineKind.Warning), Is.Not.EqualTo(Measures.Of(PenaltyKind.Warning)));
        Assert.That(Measures.PenaltyOf(Measures.Of(DisciplineKind.Warning)), Is.Null);
        Assert.That(Measures.PenaltyOf(Measures.Of(PenaltyKind.Warning)), Is.EqualTo(PenaltyKind.Warning));
    }

    [Test]
    public void Every_penalty_reads_back_from_its_measure()
    {
        foreach (var penalty in Enum.GetValues<PenaltyKind>())
        {
            Assert.That(Measures.PenaltyOf(Measures.Of(penalty)), Is.EqualTo(penalty), penalty.ToString());
        }
    }

    [Test]
    public void Every_discipline_every_penalty_and_the_commendation_are_known()
    {
        foreach (var discipline in Enum.GetValues<DisciplineKind>())
        {
            Assert.That(Measures.IsKnown(Measures.Of(discipline)), Is.True, discipline.ToString());
        }

        foreach (var penalty in Enum.GetValues<PenaltyKind>())
        {
            Assert.That(Measures.IsKnown(Measures.Of(penalty)), Is.True, penalty.ToString());
        }

        Assert.That(Measures.IsKnown(Measures.Commendation), Is.True);
        Assert.That(Measures.PenaltyOf(Measures.Commendation), Is.Null);
    }

    [TestCase("")]
    [TestCase("Warning")]
    [TestCase("Commendation")]
    [TestCase("penalty:Warning")]
    [TestCase("Penalty:warning")]
    [TestCase("Discipline:Fine")]
    [TestCase("Penalty:Admonition")]
    [TestCase("Reward:Warning")]
    [TestCase("Penalty:")]
    public void A_measure_with_the_wrong_kind_or_spelling_is_unknown(string measure)
    {
        Assert.That(Measures.IsKnown(measure), Is.False);
        Assert.That(Measures.PenaltyOf(measure), Is.Null);
    }

    // The integrity-record validator accepts a measure when IsKnown says so and stores the string as sent;
    // Enum.TryParse also takes numbers, undefined numbers, padded names and comma lists.
    [TestCase("Penalty:3")]
    [TestCase("Penalty:99")]
    [TestCase("Discipline:1")]
    [TestCase("Penalty: Fine")]
    [TestCase("Penalty:Warning,Fine")]
    public void Only_the_canonical_name_of_a_kind_is_a_known_measure(string measure)
    {
        Assert.That(Measures.IsKnown(measure), Is.False);
        Assert.That(Measures.PenaltyOf(measure), Is.Null);
    }
}
