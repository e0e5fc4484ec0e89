using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Domain;

/// <summary>律师事务所. Its state machine: practising ⇄ suspended, either → cancelled (final).</summary>
internal sealed class Firm : IVersioned, IRegional
{
    private Firm()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NameSearch { get; private set; } = "";

    public string Uscc { get; private set; } = "";

    public string LicenceNumber { get; private set; } = "";

    public OrganisationForm OrganisationForm { get; private set; }

    public FirmSizeBand SizeBand { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Director { get; private set; } = "";

    public string Address { get; private set; } = "";

    /// <summary>The firm's office line: business information, published on the integrity platform, not personal data.</summary>
    public string? Phone { get; private set; }

    public DateOnly FoundedOn { get; private set; }

    public Guid? BranchOfId { get; private set; }

    public FirmStatus Status { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    public string? StatusReason { get; private set; }

    /// <summary>Kept with every join, leave and status change of its lawyers, so lists sort by it without counting.</summary>
    public int PractisingLawyerCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; }

    public static Firm Register(Guid id, FirmDetailsInput input, DateTimeOffset now)
    {
        var firm = new Firm { Id = id, Status = FirmStatus.Practising, CreatedAt = now };
        firm.Apply(input, now);
        return firm;
    }

    public void Update(FirmDetailsInput input, DateTimeOffset now)
    {
        if (Status is FirmStatus.Cancelled or FirmStatus.Revoked)
        {
            throw new ConflictException("firm-cancelled", "已注销或被吊销的律师事务所不能修改。", "A cancelled or revoked firm cannot be changed.");
        }

        Apply(input, now);
    }

    public void Suspend(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status != FirmStatus.Practising)
        {
            throw new ConflictException("firm-not-practising", "只有执业中的律师事务所可以停业。", "Only a practising firm can be suspended.");
        }

        ChangeStatus(FirmStatus.Suspended, on, reason, now);
    }

    public void Reinstate(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status != FirmStatus.Suspended)
        {
            throw new ConflictException("firm-not-suspended", "只有停业的律师事务所可以恢复执业。", "Only a suspended firm can be reinstated.");
        }

        SuspendedUntil = null;

        ChangeStatus(FirmStatus.Practising, on, reason, now);
    }

    /// <summary>Voluntary cancellation (注销): the Lawyers Law requires the firm's lawyers to have left first.</summary>
    public void Cancel(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status is FirmStatus.Cancelled or FirmStatus.Revoked)
        {
            throw new ConflictException("firm-cancelled", "该律师事务所已注销或被吊销。", "The firm is already cancelled or revoked.");
        }

        if (PractisingLawyerCount > 0)
        {
            throw new ConflictException(
                "firm-has-practising-lawyers",
                $"该律师事务所仍有 {PractisingLawyerCount} 名执业律师，须先转所或注销后才能注销律所。",
                $"The firm still has {PractisingLawyerCount} practising lawyers; they must transfer or be cancelled first.");
        }

        ChangeStatus(FirmStatus.Cancelled, on, reason, now);
    }

    public void EnsureCanTakeLawyers()
    {
        if (!CanTakeLawyers(Status))
        {
            throw CannotTakeLawyers();
        }
    }

    /// <summary>A cancelled firm, or one whose licence was revoked, takes no lawyers; a suspended one keeps its place in the register.</summary>
    public static bool CanTakeLawyers(FirmStatus status) => status is not (FirmStatus.Cancelled or FirmStatus.Revoked);

    public static ConflictException CannotTakeLawyers() =>
        new("firm-cancelled", "律师不能加入已注销或被吊销执业许可证的律师事务所。", "A lawyer cannot join a cancelled or revoked firm.");

    /// <summary>The first day a firm suspended by 停业整顿 practises again; the expiry job reinstates it then.</summary>
    public DateOnly? SuspendedUntil { get; private set; }

    /// <summary>停业整顿 decided by the justice bureau: suspended until the period ends (a longer one extends it).</summary>
    public void SuspendByPenalty(DateOnly from, DateOnly until, string reason, DateTimeOffset now)
    {
        if (Status == FirmStatus.Practising)
        {
            ChangeStatus(FirmStatus.Suspended, from, reason, now);
            SuspendedUntil = until;
        }
        else if (Status == FirmStatus.Suspended && (SuspendedUntil is null || SuspendedUntil < until))
        {
            SuspendedUntil = until;
            StatusReason = reason;
            UpdatedAt = now;
        }
    }

    /// <summary>
    /// 吊销执业许可证: revoked even while lawyers still practise there (unlike 注销); those lawyers are
    /// flagged by the caller as needing a new firm.
    /// </summary>
    public void RevokeLicence(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status is FirmStatus.Cancelled or FirmStatus.Revoked)
        {
            return;
        }

        SuspendedUntil = null;
        ChangeStatus(FirmStatus.Revoked, on, reason, now);
    }

    /// <summary>The expiry job: a penalty's period is over; practising again, recorded with the date.</summary>
    public bool EndSuspension(DateOnly today, DateTimeOffset now)
    {
        if (Status != FirmStatus.Suspended || SuspendedUntil is not { } until || until > today)
        {
            return false;
        }

        SuspendedUntil = null;
        ChangeStatus(FirmStatus.Practising, until, "停业整顿期满，恢复执业", now);
        return true;
    }

    public void LawyerJoined() => PractisingLawyerCount++;

    public void LawyerLeft() => PractisingLawyerCount = Math.Max(0, PractisingLawyerCount - 1);

    private void ChangeStatus(FirmStatus status, DateOnly on, string reason, DateTimeOffset now)
    {
        Status = status;
        StatusChangedOn = on;
        StatusReason = reason;
        UpdatedAt = now;
    }

    private void Apply(FirmDetailsInput input, DateTimeOffset now)
    {
        Name = input.Name.Trim();
        NameSearch = SearchText.Normalise(input.Name);
        Uscc = input.Uscc;
        LicenceNumber = input.LicenceNumber;
        OrganisationForm = input.OrganisationForm;
        SizeBand = input.SizeBand;
        RegionCode = input.RegionCode;
        Director = input.Director.Trim();
        Address = input.Address.Trim();
        Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        FoundedOn = input.FoundedOn;
        BranchOfId = input.BranchOfId;
        UpdatedAt = now;
    }
}

/// <summary>The editable facts of a firm, as validated by the create and update use cases.</summary>
internal sealed record FirmDetailsInput(
    string Name,
    string Uscc,
    string LicenceNumber,
    OrganisationForm OrganisationForm,
    FirmSizeBand SizeBand,
    string RegionCode,
    string Director,
    string Address,
    string? Phone,
    DateOnly FoundedOn,
    Guid? BranchOfId);
