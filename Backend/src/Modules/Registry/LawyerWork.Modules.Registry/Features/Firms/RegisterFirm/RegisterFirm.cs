using LawyerWork.BuildingBlocks.Ids;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;

/// <summary>登记律师事务所: a new practising firm in a region of the caller's scope.</summary>
public sealed record RegisterFirmCommand(
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
    Guid? BranchOfId) : ICommand<FirmDetails>, IFirmFields;

public sealed class RegisterFirmValidator(TimeProvider clock) : FirmFieldsValidator<RegisterFirmCommand>(clock);

public sealed class RegisterFirmHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterFirmCommand, FirmDetails>
{
    public async ValueTask<FirmDetails> Handle(RegisterFirmCommand command, CancellationToken cancellationToken)
    {
        user.Scope.EnsureMayWriteIn(command.RegionCode!);
        await db.EnsureReferencesExistAsync(command, user.Scope, self: null, cancellationToken);
        await db.EnsureUniqueAsync(command, self: null, cancellationToken);

        var now = clock.GetUtcNow();
        var firm = Firm.Register(NewId.Create(clock), command.ToInput(), now);
        db.Firms.Add(firm);
        db.Outbox.Add(OutboxMessage.For(firm.Id, new FirmRegistered(firm.Id, firm.Name, firm.Uscc, firm.RegionCode, now), clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request registered the same code between the check and the insert.
            db.ChangeTracker.Clear();
            await db.EnsureUniqueAsync(command, self: null, cancellationToken);
            throw;
        }

        return await db.DetailsAsync(firm, cancellationToken);
    }
}
