using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;

namespace LawyerWork.Modules.Registry.Tests.Domain;

/// <summary>The state machines of firms and lawyers, and the practising-lawyer count they keep together.</summary>
public sealed class FirmAndLawyerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static Firm NewFirm(string name = "吉林正道律师事务所") => Firm.Register(Guid.CreateVersion7(), new FirmDetailsInput(
        name, "312201000000000230", "32201200910000001", OrganisationForm.GeneralPartnership, FirmSizeBand.Medium,
        "220104", "王正", "长春市朝阳区人民大街1号", null, new DateOnly(2009, 5, 1), null), Now);

    private static Lawyer NewLawyer(Firm firm) => Lawyer.Register(Guid.CreateVersion7(), new LawyerDetailsInput(
        "张三", Gender.Male, null, LawyerCategory.FullTime, null, 2010, false, ["EN", " ru "], [Specialty.Criminal, Specialty.Criminal]),
        "22010219900307425X", "12201201011000123", firm, firm.RegionCode, new DateOnly(2020, 1, 1), Now);

    [Test]
    public void A_firm_cannot_be_cancelled_while_lawyers_practise_there()
    {
        var firm = NewFirm();
        var lawyer = NewLawyer(firm);
        Assert.That(firm.PractisingLawyerCount, Is.EqualTo(1));

        var refused = Assert.Throws<ConflictException>(() => firm.Cancel(Today, "申请注销", Now));
        Assert.That(refused!.Code, Is.EqualTo("firm-has-practising-lawyers"));

        lawyer.Cancel(Today, "本人申请", Now);
        Assert.That(firm.PractisingLawyerCount, Is.Zero);
        firm.Cancel(Today, "申请注销", Now);
        Assert.That(firm.Status, Is.EqualTo(FirmStatus.Cancelled));
    }

    [Test]
    public void Suspension_and_reinstatement_follow_the_state_machine()
    {
        var firm = NewFirm();
        Assert.That(Assert.Throws<ConflictException>(() => firm.Reinstate(Today, "x", Now))!.Code, Is.EqualTo("firm-not-suspended"));
        firm.Suspend(Today, "停业整顿", Now);
        Assert.That(Assert.Throws<ConflictException>(() => firm.Suspend(Today, "x", Now))!.Code, Is.EqualTo("firm-not-practising"));
        firm.Reinstate(Today, "整顿完成", Now);
        Assert.That(firm.Status, Is.EqualTo(FirmStatus.Practising));
        Assert.That(firm.StatusReason, Is.EqualTo("整顿完成"));
    }

    [Test]
    public void A_lawyer_cannot_join_a_cancelled_firm_by_registration_or_transfer()
    {
        var cancelled = NewFirm("已注销律师事务所");
        cancelled.Cancel(Today, "注销", Now);
        Assert.That(Assert.Throws<ConflictException>(() => NewLawyer(cancelled))!.Code, Is.EqualTo("firm-cancelled"));

        var home = NewFirm();
        var lawyer = NewLawyer(home);
        Assert.That(Assert.Throws<ConflictException>(() => lawyer.TransferTo(cancelled, home, Today, Now))!.Code, Is.EqualTo("firm-cancelled"));
        Assert.That(home.PractisingLawyerCount, Is.EqualTo(1));
    }

    [Test]
    public void A_transfer_closes_one_period_opens_the_next_and_moves_the_count()
    {
        var from = NewFirm("甲律师事务所");
        var to = NewFirm("乙律师事务所");
        var lawyer = NewLawyer(from);

        lawyer.TransferTo(to, from, Today, Now);

        Assert.That(lawyer.FirmId, Is.EqualTo(to.Id));
        Assert.That(lawyer.FirmHistory.Select(p => (p.FirmName, p.From, p.To)), Is.EqualTo(new[]
        {
            ("甲律师事务所", new DateOnly(2020, 1, 1), (DateOnly?)Today.AddDays(-1)),
            ("乙律师事务所", Today, (DateOnly?)null),
        }));
        Assert.That((from.PractisingLawyerCount, to.PractisingLawyerCount), Is.EqualTo((0, 1)));
        Assert.That(Assert.Throws<ConflictException>(() => lawyer.TransferTo(to, to, Today.AddDays(1), Now))!.Code, Is.EqualTo("same-firm"));
    }

    [Test]
    public void A_transfer_dated_before_joining_is_refused()
    {
        var from = NewFirm("甲律师事务所");
        var lawyer = NewLawyer(from);
        var refused = Assert.Throws<ConflictException>(() => lawyer.TransferTo(NewFirm("乙律师事务所"), from, new DateOnly(2019, 12, 31), Now));
        Assert.That(refused!.Code, Is.EqualTo("transfer-before-joining"));
    }

    [Test]
    public void A_suspended_lawyer_does_not_count_as_practising_and_counts_again_when_reinstated()
    {
        var firm = NewFirm();
        var lawyer = NewLawyer(firm);
        lawyer.Suspend(Today, "停止执业六个月", Now);
        Assert.That(firm.PractisingLawyerCount, Is.Zero);
        lawyer.Reinstate(Today.AddMonths(6), "期满", Now);
        Assert.That(firm.PractisingLawyerCount, Is.EqualTo(1));
        Assert.That(Assert.Throws<ConflictException>(() => lawyer.Reinstate(Today, "x", Now))!.Code, Is.EqualTo("lawyer-not-suspended"));
    }

    [Test]
    public void Languages_and_specialties_are_normalised()
    {
        var lawyer = NewLawyer(NewFirm());
        Assert.That(lawyer.Languages, Is.EqualTo("en,ru"));
        Assert.That(lawyer.Specialties.Select(s => s.Specialty), Is.EqualTo(new[] { Specialty.Criminal }));
    }

    [Test]
    public void The_search_column_folds_full_width_forms_and_case()
    {
        Assert.That(SearchText.Normalise("  ＡＢＣ律师事务所  "), Is.EqualTo("abc律师事务所"));
        Assert.That(SearchText.Normalise("Beijing  Law"), Is.EqualTo("beijing law"));
    }
}
