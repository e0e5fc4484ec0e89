using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.Features.Public.PublicCache;

/// <summary>
/// Forgets this host's cached public answers that an event changed. It writes nothing, so it needs no
/// inbox: a redelivery forgets again. The keys are read from the register as it is after the change
/// (events carry ids, answers are keyed by public numbers); a lawyer's answer names their firm, and a
/// firm's answer counts its practising lawyers, so each side's events forget the other's answers too.
/// </summary>
internal sealed class PublicCacheInvalidation(PublicAnswerCache cache, RegistryDbContext db) :
    IIntegrationEventHandler<LawyerRegistered>,
    IIntegrationEventHandler<LawyerUpdated>,
    IIntegrationEventHandler<LawyerStatusChanged>,
    IIntegrationEventHandler<LawyerTransferred>,
    IIntegrationEventHandler<FirmUpdated>,
    IIntegrationEventHandler<FirmStatusChanged>,
    IIntegrationEventHandler<IntegrityRecorded>
{
    public Task HandleAsync(IntegrationEvent<LawyerRegistered> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(async () =>
        {
            cache.ForgetLawyer(integrationEvent.Data.CertificateNumber);
            await ForgetFirmAsync(integrationEvent.Data.FirmId, cancellationToken);
        });

    public Task HandleAsync(IntegrationEvent<LawyerUpdated> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(() => ForgetLawyerAsync(integrationEvent.Data.LawyerId, cancellationToken));

    public Task HandleAsync(IntegrationEvent<LawyerStatusChanged> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(() => ForgetLawyerAsync(integrationEvent.Data.LawyerId, cancellationToken));

    public Task HandleAsync(IntegrationEvent<LawyerTransferred> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(async () =>
        {
            await ForgetLawyerAsync(integrationEvent.Data.LawyerId, cancellationToken);
            await ForgetFirmAsync(integrationEvent.Data.FromFirmId, cancellationToken);
        });

    // An update may change the firm's USCC, whose old value is gone from the register: forget every firm (updates are rare).
    public Task HandleAsync(IntegrationEvent<FirmUpdated> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(async () =>
        {
            cache.ForgetAllFirms();
            await ForgetLawyersOfAsync(integrationEvent.Data.FirmId, cancellationToken);
        });

    public Task HandleAsync(IntegrationEvent<FirmStatusChanged> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(async () =>
        {
            await ForgetFirmAsync(integrationEvent.Data.FirmId, cancellationToken);
            await ForgetLawyersOfAsync(integrationEvent.Data.FirmId, cancellationToken);
        });

    public Task HandleAsync(IntegrationEvent<IntegrityRecorded> integrationEvent, CancellationToken cancellationToken) =>
        WhenEnabled(() => integrationEvent.Data.Subject == SubjectKind.Firm
            ? ForgetFirmAsync(integrationEvent.Data.SubjectId, cancellationToken)
            : ForgetLawyerAsync(integrationEvent.Data.SubjectId, cancellationToken));

    /// <summary>The lawyer's answer and their firm's (its count of practising lawyers may have moved).</summary>
    private async Task ForgetLawyerAsync(Guid lawyerId, CancellationToken cancellationToken)
    {
        var keys = await db.Lawyers.AsNoTracking().Where(l => l.Id == lawyerId)
            .Select(l => new { l.CertificateNumber, FirmUscc = l.Firm == null ? null : l.Firm.Uscc })
            .SingleOrDefaultAsync(cancellationToken);
        if (keys is null)
        {
            return;
        }

        cache.ForgetLawyer(keys.CertificateNumber);
        if (keys.FirmUscc is not null)
        {
            cache.ForgetFirm(keys.FirmUscc);
        }
    }

    private async Task ForgetFirmAsync(Guid? firmId, CancellationToken cancellationToken)
    {
        if (firmId is null)
        {
            return;
        }

        var uscc = await db.Firms.AsNoTracking().Where(f => f.Id == firmId).Select(f => f.Uscc).SingleOrDefaultAsync(cancellationToken);
        if (uscc is not null)
        {
            cache.ForgetFirm(uscc);
        }
    }

    /// <summary>Each answer of the firm's current lawyers names the firm.</summary>
    private async Task ForgetLawyersOfAsync(Guid firmId, CancellationToken cancellationToken)
    {
        var certificates = await db.Lawyers.AsNoTracking().Where(l => l.FirmId == firmId).Select(l => l.CertificateNumber).ToListAsync(cancellationToken);
        foreach (var certificate in certificates)
        {
            cache.ForgetLawyer(certificate);
        }
    }

    private Task WhenEnabled(Func<Task> forget) => cache.Enabled ? forget() : Task.CompletedTask;
}
