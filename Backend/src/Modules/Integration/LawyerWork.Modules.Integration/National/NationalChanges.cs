using System.Text.Json;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;

namespace LawyerWork.Modules.Integration.National;

/// <summary>
/// Which events the national system receives, and as what: a lawyer's or firm's registration as it
/// stands when the change is queued (the national register keeps registrations, not our event
/// history), with the change's own facts beside it; sanctions as decided. Rewards, internal
/// bookkeeping and personal data (ID numbers, phones) are never sent.
/// </summary>
public sealed class NationalChanges(IRegistryReader registry)
{
    public async Task<NationalChange?> ForAsync<TEvent>(IntegrationEvent<TEvent> e, CancellationToken cancellationToken) => e.Data switch
    {
        LawyerRegistered x => await LawyerAsync(e, x.LawyerId, "Registered", null, cancellationToken),
        LawyerUpdated x => await LawyerAsync(e, x.LawyerId, "Updated", null, cancellationToken),
        LawyerTransferred x => await LawyerAsync(e, x.LawyerId, "Transferred", new { x.FromFirmId, x.ToFirmId, x.EffectiveOn }, cancellationToken),
        LawyerStatusChanged x => await LawyerAsync(e, x.LawyerId, "StatusChanged", new { x.From, x.To, x.EffectiveOn, x.Reason }, cancellationToken),
        FirmRegistered x => await FirmAsync(e, x.FirmId, "Registered", null, cancellationToken),
        FirmUpdated x => await FirmAsync(e, x.FirmId, "Updated", null, cancellationToken),
        FirmStatusChanged x => await FirmAsync(e, x.FirmId, "StatusChanged", new { x.From, x.To, x.EffectiveOn, x.Reason }, cancellationToken),
        IntegrityRecorded { Kind: IntegrityKind.Sanction } x => await SanctionAsync(e, x, cancellationToken),
        _ => null,
    };

    private async Task<NationalChange?> LawyerAsync<TEvent>(IntegrationEvent<TEvent> e, Guid lawyerId, string change, object? facts, CancellationToken cancellationToken)
    {
        var lawyer = (await registry.LawyersAsync([lawyerId], cancellationToken)).SingleOrDefault();
        if (lawyer is null)
        {
            return null;
        }

        var firm = lawyer.FirmId is { } firmId ? (await registry.FirmsAsync([firmId], cancellationToken)).SingleOrDefault() : null;
        return Change(e, NationalChangeKind.Lawyer, lawyerId, change, new
        {
            lawyer = new { lawyer.Name, lawyer.CertificateNumber, lawyer.Category, lawyer.Status, lawyer.RegionCode, FirmUscc = firm?.Uscc, FirmName = firm?.Name },
            change = facts,
        });
    }

    private async Task<NationalChange?> FirmAsync<TEvent>(IntegrationEvent<TEvent> e, Guid firmId, string change, object? facts, CancellationToken cancellationToken)
    {
        var firm = (await registry.FirmsAsync([firmId], cancellationToken)).SingleOrDefault();
        return firm is null
            ? null
            : Change(e, NationalChangeKind.Firm, firmId, change, new
            {
                firm = new { firm.Name, firm.Uscc, firm.Status, firm.RegionCode, firm.PractisingLawyerCount },
                change = facts,
            });
    }

    private async Task<NationalChange?> SanctionAsync<TEvent>(IntegrationEvent<TEvent> e, IntegrityRecorded x, CancellationToken cancellationToken)
    {
        // The national register knows subjects by certificate number and credit code, not by our ids.
        var number = x.Subject == SubjectKind.Lawyer
            ? (await registry.LawyersAsync([x.SubjectId], cancellationToken)).SingleOrDefault()?.CertificateNumber
            : (await registry.FirmsAsync([x.SubjectId], cancellationToken)).SingleOrDefault()?.Uscc;
        return Change(e, NationalChangeKind.Sanction, x.SubjectId, "Recorded", new
        {
            sanction = new
            {
                x.RecordId, x.Subject, SubjectNumber = number, x.SubjectName, x.RegionCode, x.Measure, x.Title, x.DecidedBy, x.DocumentNumber,
                x.DecidedOn, x.EffectiveUntil, x.DisclosedUntil,
            },
        });
    }

    private static NationalChange Change<TEvent>(IntegrationEvent<TEvent> e, NationalChangeKind kind, Guid subjectId, string change, object data) =>
        new(NationalChange.CurrentSchemaVersion, e.Id, kind, subjectId, change, e.OccurredAt, JsonSerializer.SerializeToElement(data, NationalSystemClient.Json));
}
