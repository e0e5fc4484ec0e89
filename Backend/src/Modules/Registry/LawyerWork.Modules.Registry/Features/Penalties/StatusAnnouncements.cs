using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Persistence;

namespace LawyerWork.Modules.Registry.Features.Penalties;

/// <summary>
/// Status changes made by consumers and jobs (penalties, their expiry) are announced like the ones
/// staff make, so external systems and the national register see every change, in the same save.
/// </summary>
internal static class StatusAnnouncements
{
    public static void AnnounceStatus(this RegistryDbContext db, Lawyer lawyer, LawyerStatus from, DateOnly on, string reason, TimeProvider clock)
    {
        if (lawyer.Status != from)
        {
            db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerStatusChanged(lawyer.Id, from, lawyer.Status, on, reason, clock.GetUtcNow()), clock));
        }
    }

    public static void AnnounceStatus(this RegistryDbContext db, Firm firm, FirmStatus from, DateOnly on, string reason, TimeProvider clock)
    {
        if (firm.Status != from)
        {
            db.Outbox.Add(OutboxMessage.For(firm.Id, new FirmStatusChanged(firm.Id, from, firm.Status, on, reason, clock.GetUtcNow()), clock));
        }
    }

    /// <summary>A flag on the lawyer changed (needs a new firm, unqualified in a year): announced as an update.</summary>
    public static void AnnounceUpdate(this RegistryDbContext db, Lawyer lawyer, TimeProvider clock) =>
        db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerUpdated(lawyer.Id, lawyer.Version + 1, clock.GetUtcNow()), clock));
}
