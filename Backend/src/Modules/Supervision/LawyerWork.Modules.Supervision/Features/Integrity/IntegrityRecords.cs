using LawyerWork.BuildingBlocks.Time;
using System.Linq.Expressions;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Domain.Integrity;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Integrity;

public sealed record IntegrityRecordView(
    Guid Id, IntegrityKind Kind, SubjectKind Subject, Guid SubjectId, string SubjectName, string RegionCode, string Measure, string Title,
    string DecidedBy, string DocumentNumber, DateOnly DecidedOn, DateOnly? EffectiveUntil, DateOnly DisclosedUntil, Guid? ComplaintId,
    DateTimeOffset RecordedAt, long Version);

/// <summary>Integrity records 诚信档案 of the caller's region: rewards and sanctions, newest decision first.</summary>
public sealed record IntegrityRecordsQuery(
    IntegrityKind? Kind, SubjectKind? Subject, Guid? SubjectId, string? RegionCode, DateOnly? DecidedFrom, DateOnly? DecidedTo,
    int? Page, int? PageSize, string? Sort, string? Cursor) : IQuery<ListPage<IntegrityRecordView>>, IPageRequest;

/// <summary>
/// A reward, or a sanction decided outside a complaint here (e.g. a penalty decided before this
/// system, or by another authority), entered with its decision document number.
/// </summary>
public sealed record RecordIntegrityCommand(
    IntegrityKind? Kind, SubjectKind? Subject, Guid? SubjectId, string? Measure, string? Title, string? DecidedBy, string? DocumentNumber,
    DateOnly? DecidedOn, int? Months) : ICommand<IntegrityRecordView>;

internal static class IntegrityViews
{
    public static readonly SortableFields<IntegrityRecord> Sort = new SortableFields<IntegrityRecord>(r => r.Id)
        .Add("decidedOn", r => r.DecidedOn, isDefault: true, descending: true)
        .Add("recordedAt", r => r.RecordedAt);

    public static readonly Expression<Func<IntegrityRecord, IntegrityRecordView>> View = r => new IntegrityRecordView(
        r.Id, r.Kind, r.Subject, r.SubjectId, r.SubjectName, r.RegionCode, r.Measure, r.Title, r.DecidedBy, r.DocumentNumber, r.DecidedOn,
        r.EffectiveUntil, r.DisclosedUntil, r.ComplaintId, r.RecordedAt, r.Version);
}

public sealed class IntegrityRecordsValidator : AbstractValidator<IntegrityRecordsQuery>
{
    public IntegrityRecordsValidator()
    {
        Include(new PageRules<IntegrityRecordsQuery>(IntegrityViews.Sort.Names));
        RuleFor(q => q.RegionCode).Must(code => code is null || RegionCodes.IsWellFormed(code))
            .WithMessage(_ => Bilingual.Text("行政区划代码是六位数字。", "A region code is six digits."));
    }
}

public sealed class IntegrityRecordsHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<IntegrityRecordsQuery, ListPage<IntegrityRecordView>>
{
    public async ValueTask<ListPage<IntegrityRecordView>> Handle(IntegrityRecordsQuery query, CancellationToken cancellationToken)
    {
        if (user.Scope.RegionRange() is not (var from, var to))
        {
            return await db.IntegrityRecords.Where(_ => false).ToListPageAsync(query.ToPageQuery(), IntegrityViews.Sort, IntegrityViews.View, cancellationToken);
        }

        var records = db.IntegrityRecords.AsNoTracking().Where(r => string.Compare(r.RegionCode, from) >= 0 && string.Compare(r.RegionCode, to) <= 0);
        if (query.RegionCode is { } region)
        {
            var (narrowFrom, narrowTo) = RegionCodes.SubtreeRange(region);
            records = records.Where(r => string.Compare(r.RegionCode, narrowFrom) >= 0 && string.Compare(r.RegionCode, narrowTo) <= 0);
        }

        if (query.Kind is { } kind)
        {
            records = records.Where(r => r.Kind == kind);
        }

        if (query.Subject is { } subject)
        {
            records = records.Where(r => r.Subject == subject);
        }

        if (query.SubjectId is { } subjectId)
        {
            records = records.Where(r => r.SubjectId == subjectId);
        }

        if (query.DecidedFrom is { } decidedFrom)
        {
            records = records.Where(r => r.DecidedOn >= decidedFrom);
        }

        if (query.DecidedTo is { } decidedTo)
        {
            records = records.Where(r => r.DecidedOn <= decidedTo);
        }

        return await records.ToListPageAsync(query.ToPageQuery(), IntegrityViews.Sort, IntegrityViews.View, cancellationToken);
    }
}

public sealed class RecordIntegrityValidator : AbstractValidator<RecordIntegrityCommand>
{
    public RecordIntegrityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).NotNull();
        RuleFor(c => c.Subject).NotNull();
        RuleFor(c => c.SubjectId).NotNull();
        RuleFor(c => c.Measure).NotEmpty().Must(m => m is null || Measures.IsKnown(m))
            .WithMessage(_ => Bilingual.Text("措施须是“Reward:Commendation”“Discipline:种类”或“Penalty:种类”之一。", "The measure is Reward:Commendation, Discipline:<kind> or Penalty:<kind>."));
        RuleFor(c => c.Measure).Must((c, m) => c.Kind != IntegrityKind.Reward || m == Measures.Commendation)
            .When(c => c.Kind is not null && Measures.IsKnown(c.Measure ?? ""))
            .WithMessage(_ => Bilingual.Text("表彰奖励的措施是 Reward:Commendation；惩戒是处分或处罚。", "A reward's measure is Reward:Commendation; a sanction's is a discipline or penalty."));
        RuleFor(c => c.Measure).Must((c, m) => c.Kind != IntegrityKind.Sanction || m != Measures.Commendation)
            .When(c => c.Kind is not null)
            .WithMessage(_ => Bilingual.Text("惩戒的措施须是行业处分或行政处罚。", "A sanction's measure is a discipline or a penalty."));
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.DecidedBy).NotEmpty().MaximumLength(100);
        RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(60)
            .WithMessage(_ => Bilingual.Text("请填写决定书文号。", "Give the decision's document number."));
        RuleFor(c => c.DecidedOn).NotNull().Must(d => d <= ShanghaiClock.Today(clock))
            .WithMessage(_ => Bilingual.Text("请填写决定日期（不晚于今天）。", "Give the date of the decision (not after today)."));
        RuleFor(c => c.Months).Must((c, months) => months is { } m && PenaltyRules.MonthsAllowed(Measures.PenaltyOf(c.Measure!)!.Value) is var (min, max) && m >= min && m <= max)
            .When(c => c.Measure is not null && Measures.PenaltyOf(c.Measure) is { } p && PenaltyRules.MonthsAllowed(p) is not null)
            .WithMessage(_ => Bilingual.Text("停止执业为 3–12 个月，停业整顿为 1–6 个月（律师法）。", "Suspension is 3–12 months, rectification 1–6 months (Lawyers Law)."));
    }
}

public sealed class RecordIntegrityHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, Sanctions sanctions, TimeProvider clock)
    : ICommandHandler<RecordIntegrityCommand, IntegrityRecordView>
{
    public async ValueTask<IntegrityRecordView> Handle(RecordIntegrityCommand command, CancellationToken cancellationToken)
    {
        var subjectId = command.SubjectId!.Value;
        var (name, region) = command.Subject == SubjectKind.Lawyer
            ? (await registry.LawyersAsync([subjectId], cancellationToken)).Select(l => (l.Name, l.RegionCode)).SingleOrDefault()
            : (await registry.FirmsAsync([subjectId], cancellationToken)).Select(f => (f.Name, f.RegionCode)).SingleOrDefault();
        if (name is null)
        {
            throw InvalidField.Exception("subjectId", Bilingual.Text("登记中没有该律师或律所。", "The register holds no such lawyer or firm."));
        }

        user.Scope.EnsureMayAct(region);
        var penalty = Measures.PenaltyOf(command.Measure!);
        if (penalty is { } p && PenaltyRules.SubjectOf(p) is { } needs && needs != command.Subject)
        {
            throw InvalidField.Exception("measure", Bilingual.Text("该处罚不适用于所选对象。", "That penalty does not apply to the chosen subject."));
        }

        var decidedOn = command.DecidedOn!.Value;
        var until = penalty is { } q ? PenaltyRules.EffectiveUntil(q, decidedOn, command.Months) : null;
        var record = IntegrityRecord.Create(
            command.Kind!.Value, command.Subject!.Value, subjectId, name, region, command.Measure!, command.Title!.Trim(), command.DecidedBy!.Trim(),
            command.DocumentNumber!.Trim(), decidedOn, until, sanctions.DisclosedUntil(command.Measure!, decidedOn, until), null, clock);
        db.IntegrityRecords.Add(record);
        sanctions.Announce(record);

        await db.SaveChangesAsync(cancellationToken);
        return IntegrityViews.View.Compile()(record);
    }
}

/// <summary>The public disclosure (Contracts): records inside their disclosure period, without case or complainant.</summary>
internal sealed class IntegrityReader(SupervisionDbContext db, TimeProvider clock) : IIntegrityReader
{
    // Compiled once: every public look-up of a lawyer or firm runs it.
    private static readonly Func<SupervisionDbContext, SubjectKind, Guid, DateOnly, IAsyncEnumerable<PublicIntegrityRecord>> Disclosed =
        EF.CompileAsyncQuery((SupervisionDbContext db, SubjectKind subject, Guid subjectId, DateOnly today) =>
            db.IntegrityRecords.AsNoTracking()
                .Where(r => r.Subject == subject && r.SubjectId == subjectId && r.DecidedOn <= today && r.DisclosedUntil > today)
                .OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.RecordedAt)
                .Select(r => new PublicIntegrityRecord(r.Kind, r.Measure, r.Title, r.DecidedBy, r.DocumentNumber, r.DecidedOn, r.EffectiveUntil, r.DisclosedUntil)));

    public async Task<IReadOnlyList<PublicIntegrityRecord>> DisclosedAsync(SubjectKind subject, Guid subjectId, CancellationToken cancellationToken) =>
        await Disclosed(db, subject, subjectId, ShanghaiClock.Today(clock)).ToListAsync(cancellationToken);
}
