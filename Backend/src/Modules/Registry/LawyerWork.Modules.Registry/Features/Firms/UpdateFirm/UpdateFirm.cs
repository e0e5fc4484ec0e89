using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms.UpdateFirm;

/// <summary>Corrects a firm's registered facts; the version named by If-Match must still be current.</summary>
public sealed record UpdateFirmCommand(
    string? Name,
    string? Uscc,
    string? LicenceNumber,
    OrganisationForm? OrganisationForm,
    FirmSizeBand? SizeBand,
    string? RegionCode,
    string? Director,
    string? Address,
    string? Phone,
    DateOnly? FoundedOn,
    Guid? BranchOfId) : ICommand<FirmDetails>, IFirmFields
{
    [JsonIgnore]
    public Guid FirmId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed class UpdateFirmValidator(TimeProvider clock) : FirmFieldsValidator<UpdateFirmCommand>(clock);

public sealed class UpdateFirmHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateFirmCommand, FirmDetails>
{
    public async ValueTask<FirmDetails> Handle(UpdateFirmCommand command, CancellationToken cancellationToken)
    {
        var firm = await db.VisibleFirmAsync(command.FirmId, user.Scope, cancellationToken);
        firm.EnsureVersion(command.ExpectedVersion);

        user.Scope.EnsureMayWriteIn(firm.RegionCode);
        user.Scope.EnsureMayWriteIn(command.RegionCode!);
        await db.EnsureReferencesExistAsync(command, user.Scope, firm.Id, cancellationToken);
        await db.EnsureUniqueAsync(command, firm.Id, cancellationToken);

        var now = clock.GetUtcNow();
        firm.Update(command.ToInput(), now);
        db.Outbox.Add(OutboxMessage.For(firm.Id, new FirmUpdated(firm.Id, firm.Name, firm.RegionCode, firm.Version + 1, now), clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await db.EnsureUniqueAsync(command, firm.Id, cancellationToken);
            throw;
        }

        return await db.DetailsAsync(firm, cancellationToken);
    }
}
