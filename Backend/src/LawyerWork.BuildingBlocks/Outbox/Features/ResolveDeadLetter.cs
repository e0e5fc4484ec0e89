using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;
using Mediator;

namespace LawyerWork.BuildingBlocks.Outbox.Features;

public enum DeadLetterResolution
{
    /// <summary>Back to pending with a fresh count of attempts (after the subscriber's fault is fixed).</summary>
    Replay,

    /// <summary>Given up, with a reason: later events of its aggregate flow again.</summary>
    Skip,
}

/// <summary>An administrator replays or skips a dead-lettered message; the decision is audited with the change.</summary>
public sealed record ResolveDeadLetterCommand(string? Reason) : ICommand<OutboxMessageDetails>
{
    [JsonIgnore]
    public string Module { get; init; } = "";

    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public DeadLetterResolution Resolution { get; init; }
}

public sealed class ResolveDeadLetterValidator : AbstractValidator<ResolveDeadLetterCommand>
{
    public ResolveDeadLetterValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Resolution == DeadLetterResolution.Skip)
            .WithMessage(_ => Bilingual.Text("跳过消息须说明理由。", "Skipping a message needs a reason."));
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

public sealed class ResolveDeadLetterHandler(IServiceProvider services, AuditActor actor, TimeProvider clock)
    : ICommandHandler<ResolveDeadLetterCommand, OutboxMessageDetails>
{
    public async ValueTask<OutboxMessageDetails> Handle(ResolveDeadLetterCommand command, CancellationToken cancellationToken)
    {
        var db = services.ModuleContext(command.Module);
        var message = await db.Outbox.MessageAsync(command.Id, cancellationToken);
        message.EnsureVersion(command.ExpectedVersion);
        if (message.State != OutboxState.DeadLettered)
        {
            throw new ConflictException("not-dead-lettered", "只有已转入死信的消息可以重放或跳过。", "Only a dead-lettered message can be replayed or skipped.");
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason?.Trim();
        if (command.Resolution == DeadLetterResolution.Replay)
        {
            message.Replay(now);
        }
        else
        {
            message.Skip(reason!);
        }

        // Outbox rows are bookkeeping that change tracking leaves out of the trail, so the decision is
        // recorded here, in the same save.
        var record = actor.NewRecord(actor.Operation ?? "ResolveDeadLetter", AuditOutcome.Succeeded, now);
        record.TargetType = nameof(OutboxMessage);
        record.TargetId = message.Id.ToString();
        record.Reason = reason is { Length: > 200 } ? reason[..200] : reason;
        record.Details = new JsonObject
        {
            ["module"] = command.Module,
            ["resolution"] = command.Resolution.ToString(),
            ["type"] = message.Type,
            ["aggregateId"] = message.AggregateId.ToString(),
            ["attempts"] = message.Attempts,
        }.ToJsonString();
        db.Set<AuditRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        if (command.Resolution == DeadLetterResolution.Replay)
        {
            (services.GetService(typeof(OutboxSignal)) as OutboxSignal)?.Notify();
        }

        return new OutboxMessageDetails(
            message.Id, command.Module, message.AggregateId, message.Type, message.State, message.Attempts, message.OccurredAt,
            message.NextAttemptAt, message.DispatchedAt, message.LastError, message.Payload, message.Version);
    }
}
