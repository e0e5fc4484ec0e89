using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Lawyers.ChangeLawyerStatus;

public enum LawyerTransition
{
    Suspension,
    Reinstatement,
    Cancellation,
}

/// <summary>停止执业, 恢复执业 or 注销 a lawyer, with the date and the reason on record.</summary>
public sealed record ChangeLawyerStatusCommand(DateOnly? EffectiveOn, string? Reason) : ICommand<LawyerDetails>, IStatusChange
{
    [JsonIgnore]
    public Guid LawyerId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public LawyerTransition Transition { get; init; }
}

public sealed class ChangeLawyerStatusValidator(TimeProvider clock) : StatusChangeRules<ChangeLawyerStatusCommand>(clock);

public sealed class ChangeLawyerStatusHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeLawyerStatusCommand, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(ChangeLawyerStatusCommand command, CancellationToken cancellationToken)
    {
        var lawyer = await db.VisibleLawyerAsync(command.LawyerId, user.Scope, cancellationToken);
        lawyer.EnsureVersion(command.ExpectedVersion);

        user.Scope.EnsureMayWrite(lawyer);
        var now = clock.GetUtcNow();
        var from = lawyer.Status;
        var on = command.EffectiveOn!.Value;
        var reason = command.Reason!.Trim();
        switch (command.Transition)
        {
            case LawyerTransition.Suspension:
                lawyer.Suspend(on, reason, now);
                break;
            case LawyerTransition.Reinstatement:
                lawyer.Reinstate(on, reason, now);
                break;
            case LawyerTransition.Cancellation:
                lawyer.Cancel(on, reason, now);
                break;
        }

        db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerStatusChanged(lawyer.Id, from, lawyer.Status, on, reason, now), clock));
        await db.SaveChangesAsync(cancellationToken);
        return await db.DetailsAsync(lawyer, user, cancellationToken);
    }
}
