using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Domain.Integrity;

namespace LawyerWork.Modules.Supervision.Tests.Domain;

/// <summary>When a record is public: from the day of the decision up to, not including, the end of disclosure.</summary>
public sealed class IntegrityRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DecidedOn = new(2026, 3, 1);
    private static readonly DateOnly DisclosedUntil = new(2029, 3, 1);

    private static IntegrityRecord Suspension() => IntegrityRecord.Create(
        IntegrityKind.Sanction, SubjectKind.Lawyer, Guid.CreateVersion7(), "张三", "220104", Measures.Of(PenaltyKind.PracticeSuspension),
        "行政处罚：停止执业6个月", "长春市朝阳区司法局", "朝司罚〔2026〕1号", DecidedOn, new DateOnly(2026, 9, 1), DisclosedUntil, Guid.CreateVersion7(),
        new FixedClock(Now));

    [Test]
    public void A_record_is_disclosed_from_the_day_of_the_decision()
    {
        var record = Suspension();
        Assert.That(record.IsDisclosedOn(DecidedOn.AddDays(-1)), Is.False);
        Assert.That(record.IsDisclosedOn(DecidedOn), Is.True);
    }

    [Test]
    public void A_record_is_no_longer_disclosed_on_its_disclosed_until_day()
    {
        var record = Suspension();
        Assert.That(record.IsDisclosedOn(DisclosedUntil.AddDays(-1)), Is.True);
        Assert.That(record.IsDisclosedOn(DisclosedUntil), Is.False);
    }

    [Test]
    public void Creating_a_record_keeps_what_was_decided_and_when_it_was_recorded()
    {
        var record = Suspension();
        Assert.That(record.Measure, Is.EqualTo("Penalty:PracticeSuspension"));
        Assert.That(record.EffectiveUntil, Is.EqualTo(new DateOnly(2026, 9, 1)));
        Assert.That(record.RecordedAt, Is.EqualTo(Now));
        Assert.That(record.Id, Is.Not.EqualTo(Guid.Empty));
    }
}
