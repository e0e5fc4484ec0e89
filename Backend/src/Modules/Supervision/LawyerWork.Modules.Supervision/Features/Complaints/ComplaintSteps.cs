using LawyerWork.BuildingBlocks.Time;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Features.Integrity;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

/// <summary>The steps of a complaint after filing; each is a sub-resource taking If-Match.</summary>
public enum ComplaintTransition
{
    Acceptance,
    Rejection,
    Note,
    Decision,
    Penalty,
    Notification,
    Closure,
    Reopening,
}

/// <summary>
/// One step on a complaint. Which fields a step reads: acceptance (handlerId, handlerName, note),
/// rejection (reason), note (note), decision (outcome, subject, discipline, reason, documentNumber,
/// decidedOn), penalty (penalty, amount, months, documentNumber, decidedOn, note), notification
/// (channel, notifiedOn, note), closure (note), reopening (reason).
/// </summary>
public sealed record ComplaintStepCommand(
    string? HandlerId,
    string? HandlerName,
    string? Note,
    string? Reason,
    ComplaintOutcome? Outcome,
    SubjectKind? Subject,
    DisciplineKind? Discipline,
    PenaltyKind? Penalty,
    decimal? Amount,
    int? Months,
    string? DocumentNumber,
    DateOnly? DecidedOn,
    NotificationChannel? Channel,
    DateOnly? NotifiedOn) : ICommand<ComplaintDetails>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public ComplaintTransition Transition { get; init; }
}

public sealed class ComplaintStepValidator : AbstractValidator<ComplaintStepCommand>
{
    public ComplaintStepValidator(TimeProvider clock)
    {
        var today = () => ShanghaiClock.Today(clock);
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.Reason).MaximumLength(2000);
        RuleFor(c => c.HandlerName).MaximumLength(100);
        RuleFor(c => c.HandlerId).MaximumLength(100);
        RuleFor(c => c.DocumentNumber).MaximumLength(60);

        When(c => c.Transition is ComplaintTransition.Rejection or ComplaintTransition.Reopening, () =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => Bilingual.Text("请说明理由。", "Give the reason.")));
        When(c => c.Transition == ComplaintTransition.Note, () =>
            RuleFor(c => c.Note).NotEmpty().WithMessage(_ => Bilingual.Text("请填写调查记录。", "Write the note.")));
        When(c => c.Transition == ComplaintTransition.Decision, () =>
        {
            RuleFor(c => c.Outcome).NotNull().WithMessage(_ => Bilingual.Text("请选择处理结果。", "Choose the outcome."));
            RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => Bilingual.Text("请写明处理理由。", "State the grounds of the decision."));
            RuleFor(c => c.DecidedOn).NotNull().Must(d => d <= today())
                .WithMessage(_ => Bilingual.Text("请填写决定日期（不晚于今天）。", "Give the date of the decision (not after today)."));
            RuleFor(c => c.Discipline).NotNull().When(c => c.Outcome == ComplaintOutcome.Discipline)
                .WithMessage(_ => Bilingual.Text("请选择行业处分种类。", "Choose the kind of discipline."));
            RuleFor(c => c.DocumentNumber).NotEmpty().When(c => c.Outcome == ComplaintOutcome.Discipline)
                .WithMessage(_ => Bilingual.Text("行业处分须填写处分决定书文号。", "A discipline needs its decision document number."));
        });
        When(c => c.Transition == ComplaintTransition.Penalty, () =>
        {
            RuleFor(c => c.Penalty).NotNull().WithMessage(_ => Bilingual.Text("请选择处罚种类。", "Choose the penalty."));
            RuleFor(c => c.DocumentNumber).NotEmpty().WithMessage(_ => Bilingual.Text("请填写行政处罚决定书文号。", "Give the penalty decision's document number."));
            RuleFor(c => c.DecidedOn).NotNull().Must(d => d <= today())
                .WithMessage(_ => Bilingual.Text("请填写决定日期（不晚于今天）。", "Give the date of the decision (not after today)."));
            RuleFor(c => c.Amount).Must(amount => amount is > 0 and < 100_000_000m).When(c => c.Penalty is { } p && PenaltyRules.NeedsAmount(p))
                .WithMessage(_ => Bilingual.Text("罚款或没收违法所得须填写金额（元）。", "A fine or confiscation needs an amount in yuan."));
            RuleFor(c => c.Amount).Null().When(c => c.Penalty is { } p && !PenaltyRules.NeedsAmount(p))
                .WithMessage(_ => Bilingual.Text("该处罚没有金额。", "That penalty has no amount."));
            RuleFor(c => c.Months).Must((c, months) => months is { } m && PenaltyRules.MonthsAllowed(c.Penalty!.Value) is var (min, max) && m >= min && m <= max)
                .When(c => c.Penalty is { } p && PenaltyRules.MonthsAllowed(p) is not null)
                .WithMessage(c => PenaltyRules.MonthsAllowed(c.Penalty!.Value) is var (min, max)
                    ? Bilingual.Text($"期限须在 {min} 至 {max} 个月之间（律师法）。", $"The period must be {min} to {max} months (Lawyers Law).")
                    : "");
            RuleFor(c => c.Months).Null().When(c => c.Penalty is { } p && PenaltyRules.MonthsAllowed(p) is null)
                .WithMessage(_ => Bilingual.Text("该处罚没有期限。", "That penalty has no period."));
        });
        When(c => c.Transition == ComplaintTransition.Notification, () =>
        {
            RuleFor(c => c.Channel).NotNull().WithMessage(_ => Bilingual.Text("请选择告知方式。", "Choose how the complainant was told."));
            RuleFor(c => c.NotifiedOn).NotNull().Must(d => d <= today())
                .WithMessage(_ => Bilingual.Text("请填写告知日期（不晚于今天）。", "Give the date the complainant was told (not after today)."));
        });
    }
}

public sealed class ComplaintStepHandler(
    SupervisionDbContext db, ICurrentUser user, AuditActor actor, CaseDeadlines deadlines, Sanctions sanctions, TimeProvider clock)
    : ICommandHandler<ComplaintStepCommand, ComplaintDetails>
{
    public async ValueTask<ComplaintDetails> Handle(ComplaintStepCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.VisibleComplaintAsync(command.ComplaintId, user.Scope, cancellationToken);
        complaint.EnsureVersion(command.ExpectedVersion);
        var by = Actors.Of(actor);
        switch (command.Transition)
        {
            case ComplaintTransition.Acceptance:
                // The handler defaults to the caller; a name alone names a handler without an account here.
                var handler = new Domain.StepActor(
                    string.IsNullOrWhiteSpace(command.HandlerId) ? (string.IsNullOrWhiteSpace(command.HandlerName) ? by.Id : "named:" + command.HandlerName.Trim()) : command.HandlerId.Trim(),
                    string.IsNullOrWhiteSpace(command.HandlerName) ? (string.IsNullOrWhiteSpace(command.HandlerId) ? by.Name : command.HandlerId.Trim()) : command.HandlerName.Trim());
                complaint.Accept(handler, command.Note, deadlines.For(DeadlineSteps.ComplaintInvestigation), by, clock);
                break;
            case ComplaintTransition.Rejection:
                complaint.Reject(command.Reason!.Trim(), deadlines.For(DeadlineSteps.ComplainantNotification), by, clock);
                break;
            case ComplaintTransition.Note:
                complaint.AddNote(command.Note!.Trim(), by, clock);
                break;
            case ComplaintTransition.Decision:
                var next = command.Outcome == ComplaintOutcome.Referral ? DeadlineSteps.PenaltyDecision : DeadlineSteps.ComplainantNotification;
                var discipline = complaint.Decide(command.Outcome!.Value, command.Subject, command.Discipline, command.Reason!.Trim(), command.DocumentNumber?.Trim(),
                    command.DecidedOn!.Value, deadlines.For(next), by, clock);
                await sanctions.RecordAsync(complaint, discipline, Sanctions.Association(complaint.RegionCode), cancellationToken);
                break;
            case ComplaintTransition.Penalty:
                var penalty = complaint.DecidePenalty(command.Penalty!.Value, command.Amount, command.Months, command.DocumentNumber!.Trim(), command.DecidedOn!.Value,
                    command.Note, deadlines.For(DeadlineSteps.ComplainantNotification), by, clock);
                await sanctions.RecordAsync(complaint, penalty, Sanctions.Bureau(complaint.RegionCode), cancellationToken);
                break;
            case ComplaintTransition.Notification:
                complaint.Notify(command.Channel!.Value, command.NotifiedOn!.Value, command.Note, by, clock);
                break;
            case ComplaintTransition.Closure:
                complaint.Close(command.Note, by, clock);
                break;
            case ComplaintTransition.Reopening:
                complaint.Reopen(command.Reason!.Trim(), deadlines.For(DeadlineSteps.ComplaintInvestigation), by, clock);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.DetailsAsync(complaint, user, deadlines, cancellationToken);
    }
}
