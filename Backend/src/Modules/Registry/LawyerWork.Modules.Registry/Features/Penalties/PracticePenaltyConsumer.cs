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
                (await LawyerAsync(lawyerId, cancellationToken))?.SuspendByPenalty(penalty.From, until, "停止执业" + reason, now);
                break;
            case PenaltyKind.CertificateRevocation when penalty.LawyerId is { } lawyerId:
                (await LawyerAsync(lawyerId, cancellationToken))?.RevokeCertificate(penalty.From, "吊销执业证书" + reason, now);
                break;
            case PenaltyKind.FirmRectification when penalty.FirmId is { } firmId && penalty.Until is { } until:
                (await Db.Firms.FirstOrDefaultAsync(f => f.Id == firmId, cancellationToken))?.SuspendByPenalty(penalty.From, until, "停业整顿" + reason, now);
                break;
            case PenaltyKind.LicenceRevocation when penalty.FirmId is { } firmId:
                var firm = await Db.Firms.FirstOrDefaultAsync(f => f.Id == firmId, cancellationToken);
                if (firm is null)
                {
                    break;
                }

                firm.RevokeLicence(penalty.From, "吊销执业许可证" + reason, now);
                foreach (var lawyer in await Db.Lawyers.Where(l => l.FirmId == firmId && l.Status == LawyerStatus.Practising).ToListAsync(cancellationToken))
                {
                    lawyer.FlagNeedsNewFirm(now);
                }

                break;
            default:
                LogIgnored(logger, penalty.Kind, integrationEvent.Id);
                break;
        }
    }

    private Task<Domain.Lawyer?> LawyerAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Lawyers.Include(l => l.Firm).Include(l => l.FirmHistory).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Penalty {Kind} in event {EventId} does not change the register; ignored")]
    private static partial void LogIgnored(ILogger logger, PenaltyKind kind, Guid eventId);
}
