using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Domain;

/// <summary>
/// 律师. Practising, suspended (停止执业) or cancelled (注销, final). A practising lawyer of a firm
/// counts towards the firm's practising lawyers; every move keeps that count and the firm history true.
/// </summary>
internal sealed class Lawyer : IVersioned, IRegional
{
    private readonly List<LawyerSpecialty> specialties = [];
    private readonly List<LawyerFirmPeriod> firmHistory = [];

    private Lawyer()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NameSearch { get; private set; } = "";

    public Gender Gender { get; private set; }

    /// <summary>Personal information (PIPL): masked in every response without the personal-data permission, never logged.</summary>
    [PersonalData]
    public string IdNumber { get; private set; } = "";

    /// <summary>Personal information, as <see cref="IdNumber"/>.</summary>
    [PersonalData]
    public string? Phone { get; private set; }

    public string CertificateNumber { get; private set; } = "";

    public LawyerCategory Category { get; private set; }

    public Guid? FirmId { get; private set; }

    public Firm? Firm { get; private set; }

    /// <summary>For public-sector and corporate lawyers: the employing body.</summary>
    public string? Employer { get; private set; }

    /// <summary>The firm's region, or the employer's for lawyers without a firm: what data scopes filter on.</summary>
    public string RegionCode { get; private set; } = "";

    public int FirstPracticeYear { get; private set; }

    public bool ForeignRelated { get; private set; }

    /// <summary>Working languages besides Chinese, comma-separated (e.g. "en,ru,ko").</summary>
    public string Languages { get; private set; } = "";

    public LawyerStatus Status { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    public string? StatusReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<LawyerSpecialty> Specialties => specialties;

    public IReadOnlyList<LawyerFirmPeriod> FirmHistory => firmHistory;

    public static Lawyer Register(Guid id, LawyerDetailsInput input, string idNumber, string certificateNumber, Firm? firm, string regionCode, DateOnly practisingSince, DateTimeOffset now)
    {
        var lawyer = new Lawyer
        {
            Id = id,
            IdNumber = idNumber,
            CertificateNumber = certificateNumber,
            Status = LawyerStatus.Practising,
            StatusChangedOn = practisingSince,
            CreatedAt = now,
        };
        lawyer.Apply(input, now);
        lawyer.RegionCode = regionCode;
        if (firm is not null)
        {
            firm.EnsureCanTakeLawyers();
            lawyer.FirmId = firm.Id;
            lawyer.Firm = firm;
            lawyer.firmHistory.Add(new LawyerFirmPeriod(id, firm.Id, firm.Name, practisingSince));
            firm.LawyerJoined();
        }

        return lawyer;
    }

    public void Update(LawyerDetailsInput input, DateTimeOffset now)
    {
        EnsureNotCancelled();
        Apply(input, now);
    }

    /// <summary>转所: leaves the current firm on the day before <paramref name="on"/> and joins <paramref name="to"/> that day.</summary>
    public void TransferTo(Firm to, Firm from, DateOnly on, DateTimeOffset now)
    {
        EnsureNotCancelled();
        if (FirmId is null || from.Id != FirmId)
        {
            throw new ConflictException("lawyer-has-no-firm", "该律师不在律师事务所执业，不能转所。", "The lawyer practises at no firm, so cannot transfer.");
        }

        if (to.Id == from.Id)
        {
            throw new ConflictException("same-firm", "转入律所与当前律所相同。", "The lawyer already practises at that firm.");
        }

        to.EnsureCanTakeLawyers();
        var current = firmHistory.Single(p => p.To is null);
        if (on <= current.From)
        {
            throw new ConflictException("transfer-before-joining", "转所日期必须晚于加入当前律所的日期。", "The transfer date must be after the lawyer joined the current firm.");
        }

        current.End(on.AddDays(-1));
        firmHistory.Add(new LawyerFirmPeriod(Id, to.Id, to.Name, on));
        if (Status == LawyerStatus.Practising)
        {
            from.LawyerLeft();
            to.LawyerJoined();
        }

        FirmId = to.Id;
        Firm = to;
        NeedsNewFirm = false;
        RegionCode = to.RegionCode;
        UpdatedAt = now;
    }

    public void Suspend(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status != LawyerStatus.Practising)
        {
            throw new ConflictException("lawyer-not-practising", "只有执业中的律师可以停止执业。", "Only a practising lawyer can be suspended.");
        }

        Firm?.LawyerLeft();
        ChangeStatus(LawyerStatus.Suspended, on, reason, now);
    }

    public void Reinstate(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status != LawyerStatus.Suspended)
        {
            throw new ConflictException("lawyer-not-suspended", "只有停止执业的律师可以恢复执业。", "Only a suspended lawyer can be reinstated.");
        }

        if (Firm is not null)
        {
            Firm.EnsureCanTakeLawyers();
            Firm.LawyerJoined();
        }

        SuspendedUntil = null;
        ChangeStatus(LawyerStatus.Practising, on, reason, now);
    }

    public void Cancel(DateOnly on, string reason, DateTimeOffset now)
    {
        EnsureNotCancelled();
        if (Status == LawyerStatus.Practising)
        {
            Firm?.LawyerLeft();
        }

        firmHistory.SingleOrDefault(p => p.To is null)?.End(on);
        ChangeStatus(LawyerStatus.Cancelled, on, reason, now);
    }

    private void EnsureNotCancelled()
    {
        if (Status is LawyerStatus.Cancelled or LawyerStatus.Revoked)
        {
            throw new ConflictException("lawyer-cancelled", "该律师已注销执业或被吊销执业证书。", "The lawyer's practice is cancelled or revoked.");
        }
    }

    /// <summary>The first day a lawyer suspended by a penalty practises again; the expiry job reinstates them then.</summary>
    public DateOnly? SuspendedUntil { get; private set; }

    /// <summary>Set when the firm's licence is revoked while the lawyer practises there: they must transfer to another firm.</summary>
    public bool NeedsNewFirm { get; private set; }

    /// <summary>停止执业 decided by the justice bureau: suspended until the period ends (a longer one extends it).</summary>
    public void SuspendByPenalty(DateOnly from, DateOnly until, string reason, DateTimeOffset now)
    {
        if (Status == LawyerStatus.Practising)
        {
            Suspend(from, reason, now);
            SuspendedUntil = until;
        }
        else if (Status == LawyerStatus.Suspended && (SuspendedUntil is null || SuspendedUntil < until))
        {
            SuspendedUntil = until;
            StatusReason = reason;
            UpdatedAt = now;
        }
    }

    /// <summary>吊销执业证书: the lawyer leaves the firm's count and its history ends on that day.</summary>
    public void RevokeCertificate(DateOnly on, string reason, DateTimeOffset now)
    {
        if (Status is LawyerStatus.Cancelled or LawyerStatus.Revoked)
        {
            return;
        }

        if (Status == LawyerStatus.Practising)
        {
            Firm?.LawyerLeft();
        }

        firmHistory.SingleOrDefault(p => p.To is null)?.End(on);
        SuspendedUntil = null;
        ChangeStatus(LawyerStatus.Revoked, on, reason, now);
    }

    /// <summary>The latest year the lawyer was assessed 不合格 in the annual assessment; null when never.</summary>
    public int? UnqualifiedInYear { get; private set; }

    public void FlagUnqualified(int year, DateTimeOffset now)
    {
        if (UnqualifiedInYear is null || UnqualifiedInYear < year)
        {
            UnqualifiedInYear = year;
            UpdatedAt = now;
        }
    }

    public void FlagNeedsNewFirm(DateTimeOffset now)
    {
        NeedsNewFirm = true;
        UpdatedAt = now;
    }

    /// <summary>The expiry job: the suspension's period is over; practising again, recorded with the date.</summary>
    public bool EndSuspension(DateOnly today, DateTimeOffset now)
    {
        if (Status != LawyerStatus.Suspended || SuspendedUntil is not { } until || until > today)
        {
            return false;
        }

        if (Firm is { Status: FirmStatus.Cancelled or FirmStatus.Revoked })
        {
            // The firm was revoked meanwhile: practising again, but with no firm to practise at until they transfer.
            NeedsNewFirm = true;
            SuspendedUntil = null;
            ChangeStatus(LawyerStatus.Practising, until, "停止执业期满，恢复执业（原律所已被吊销，须转所）", now);
            return true;
        }

        Reinstate(until, "停止执业期满，恢复执业", now);
        return true;
    }

    private void ChangeStatus(LawyerStatus status, DateOnly on, string reason, DateTimeOffset now)
    {
        Status = status;
        StatusChangedOn = on;
        StatusReason = reason;
        UpdatedAt = now;
    }

    private void Apply(LawyerDetailsInput input, DateTimeOffset now)
    {
        Name = input.Name.Trim();
        NameSearch = SearchText.Normalise(input.Name);
        Gender = input.Gender;
        Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone;
        Category = input.Category;
        Employer = string.IsNullOrWhiteSpace(input.Employer) ? null : input.Employer.Trim();
        FirstPracticeYear = input.FirstPracticeYear;
        ForeignRelated = input.ForeignRelated;
        Languages = string.Join(',', input.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct());
        specialties.RemoveAll(s => !input.Specialties.Contains(s.Specialty));
        specialties.AddRange(input.Specialties.Distinct().Where(s => specialties.All(e => e.Specialty != s)).Select(s => new LawyerSpecialty(Id, s)));
        UpdatedAt = now;
    }
}

/// <summary>One specialty of a lawyer (a row each, so "specialty = labour" is an indexed filter).</summary>
internal sealed class LawyerSpecialty(Guid lawyerId, Specialty specialty)
{
    public Guid LawyerId { get; private set; } = lawyerId;

    public Specialty Specialty { get; private set; } = specialty;
}

/// <summary>A period at one firm: the transfer history 转所记录. The firm's name is kept as it was then.</summary>
internal sealed class LawyerFirmPeriod(Guid lawyerId, Guid firmId, string firmName, DateOnly from)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid LawyerId { get; private set; } = lawyerId;

    public Guid FirmId { get; private set; } = firmId;

    public string FirmName { get; private set; } = firmName;

    public DateOnly From { get; private set; } = from;

    public DateOnly? To { get; private set; }

    public void End(DateOnly on) => To = on;
}

/// <summary>The editable facts of a lawyer; the identity numbers and the firm change only through their own use cases.</summary>
internal sealed record LawyerDetailsInput(
    string Name,
    Gender Gender,
    string? Phone,
    LawyerCategory Category,
    string? Employer,
    int FirstPracticeYear,
    bool ForeignRelated,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Specialty> Specialties);
