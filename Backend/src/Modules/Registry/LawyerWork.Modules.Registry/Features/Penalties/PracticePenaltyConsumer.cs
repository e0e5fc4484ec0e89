using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LawyerWork.Modules.Registry.Features.Penalties;

/// <summary>
/// Applies a penalty Supervision decided to the register (Registry's tables are changed only here,
/// never by Supervision): 停止执业 suspends the lawyer until the period ends, 停业整顿 the firm;
/// 吊销 revokes the certificate or the licence, and a revoked firm's practising lawyers are flagged as
/// needing a new firm. Idempotent through the inbox; audited as <c>system:outbox:PracticePenaltyConsumer</c>.
/// </summary>
public sealed partial class PracticePenaltyConsumer(RegistryDbContext db, TimeProvider clock, ILogger<PracticePenaltyConsumer> logger)
    : IntegrationEventConsumer<PracticePenaltyDecided, RegistryDbContext>(db, clock)
{
    protected override async Task ConsumeAsync(IntegrationEvent<PracticePenaltyDecided> integrationEvent, CancellationToken cancellationToken)
    {
        var penalty = integrationEvent.Data;
        var now = Clock.GetUtcNow();
        var reason = $"行政处罚（{penalty.DocumentNumber}）";
        switch (penalty.Kind)
        {
            case PenaltyKind.PracticeSuspension when penalty.LawyerId is { } lawyerId && penalty.Until is { } until:
                await OnLawyerAsync(lawyerId, "停止执业" + reason, penalty.From, (l, why) => l.SuspendByPenalty(penalty.From, until, why, now), cancellationToken);
                break;
            case PenaltyKind.CertificateRevocation when penalty.LawyerId is { } lawyerId:
                await OnLawyerAsync(lawyerId, "吊销执业证书" + reason, penalty.From, (l, why) => l.RevokeCertificate(penalty.From, why, now), cancellationToken);
                break;
            case PenaltyKind.FirmRectification when penalty.FirmId is { } firmId && penalty.Until is { } until:
                await OnFirmAsync(firmId, "停业整顿" + reason, penalty.From, (f, why) => f.SuspendByPenalty(penalty.From, until, why, now), cancellationToken);
                break;
            case PenaltyKind.LicenceRevocation when penalty.FirmId is { } firmId:
                if (await OnFirmAsync(firmId, "吊销执业许可证" + reason, penalty.From, (f, why) => f.RevokeLicence(penalty.From, why, now), cancellationToken))
                {
                    foreach (var lawyer in await Db.Lawyers.Where(l => l.FirmId == firmId && l.Status == LawyerStatus.Practising).ToListAsync(cancellationToken))
                    {
                        lawyer.FlagNeedsNewFirm(now);
                        Db.AnnounceUpdate(lawyer, Clock);
                    }
                }

                break;
            default:
                LogIgnored(logger, penalty.Kind, integrationEvent.Id);
                break;
        }
    }

    // The change and its announcement together; an id the register does not hold (yet) is no change.
    private async Task OnLawyerAsync(Guid id, string reason, DateOnly on, Action<Domain.Lawyer, string> change, CancellationToken cancellationToken)
    {
        var lawyer = await Db.Lawyers.Include(l => l.Firm).Include(l => l.FirmHistory).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lawyer is not null)
        {
            var from = lawyer.Status;
            change(lawyer, reason);
            Db.AnnounceStatus(lawyer, from, on, reason, Clock);
        }
    }

    private async Task<bool> OnFirmAsync(Guid id, string reason, DateOnly on, Action<Domain.Firm, string> change, CancellationToken cancellationToken)
    {
        var firm = await Db.Firms.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (firm is null)
        {
            return false;
        }

        var from = firm.Status;
        change(firm, reason);
        Db.AnnounceStatus(firm, from, on, reason, Clock);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Penalty {Kind} in event {EventId} does not change the register; ignored")]
    private static partial void LogIgnored(ILogger logger, PenaltyKind kind, Guid eventId);
}
