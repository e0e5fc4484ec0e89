using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Firms.ChangeFirmStatus;

public enum FirmTransition
{
    Suspension,
    Reinstatement,
    Cancellation,
}

/// <summary>停业, 恢复执业 or 注销 a firm, with the date it takes effect and the reason on record.</summary>
public sealed record ChangeFirmStatusCommand(DateOnly? EffectiveOn, string? Reason) : ICommand<FirmDetails>, IStatusChange
{
    [JsonIgnore]
    public Guid FirmId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public FirmTransition Transition { get; init; }
}

public sealed class ChangeFirmStatusValidator(TimeProvider clock) : StatusChangeRules<ChangeFirmStatusCommand>(clock);

public sealed class ChangeFirmStatusHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeFirmStatusCommand, FirmDetails>
{
    public async ValueTask<FirmDetails> Handle(ChangeFirmStatusCommand command, CancellationToken cancellationToken)
    {
        var firm = await db.VisibleFirmAsync(command.FirmId, user.Scope, cancellationToken);
        firm.EnsureVersion(command.ExpectedVersion);

        user.Scope.EnsureMayWriteIn(firm.RegionCode);
        var now = clock.GetUtcNow();
        var from = firm.Status;
        var on = command.EffectiveOn!.Value;
        var reason = command.Reason!.Trim();
        switch (command.Transition)
        {
            case FirmTransition.Suspension:
                firm.Suspend(on, reason, now);
                break;
            case FirmTransition.Reinstatement:
                firm.Reinstate(on, reason, now);
                break;
            case FirmTransition.Cancellation:
                firm.Cancel(on, reason, now);
                break;
        }

        db.Outbox.Add(OutboxMessage.For(firm.Id, new FirmStatusChanged(firm.Id, from, firm.Status, on, reason, now), clock));
        await db.SaveChangesAsync(cancellationToken);
        return await db.DetailsAsync(firm, cancellationToken);
    }
}
