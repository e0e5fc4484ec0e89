namespace LawyerWork.Modules.Registry.Contracts;

/// <summary>
/// What other modules may read of the register, synchronously (ARCHITECTURE.md: across modules,
/// a Contracts query or an integration event, never a join). It answers for any id it is given:
/// the calling module has already applied its caller's data scope to its own records.
/// </summary>
public interface IRegistryReader
{
    Task<IReadOnlyList<FirmReference>> FirmsAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<LawyerReference>> LawyersAsync(IReadOnlyCollection<Guid> lawyerIds, CancellationToken cancellationToken);

    /// <summary>A lawyer by practice certificate number (as the public knows them); null when none holds it.</summary>
    Task<LawyerReference?> LawyerByCertificateAsync(string certificateNumber, CancellationToken cancellationToken);

    /// <summary>A firm by unified social credit code; null when none holds it.</summary>
    Task<FirmReference?> FirmByUsccAsync(string uscc, CancellationToken cancellationToken);

    /// <summary>
    /// The organisation of a kind that serves a region: the prefecture's bureau or association (the
    /// province's where the prefecture has none, as Changbaishan has no association of its own).
    /// </summary>
    Task<string> OrganisationNameAsync(OrganisationKind kind, string regionCode, CancellationToken cancellationToken);

    /// <summary>Practising firms in a region's subtree, of the given size bands and forms (empty means any).</summary>
    Task<IReadOnlyList<FirmReference>> PractisingFirmsAsync(
        string regionCode, IReadOnlyCollection<FirmSizeBand> sizeBands, IReadOnlyCollection<OrganisationForm> forms, CancellationToken cancellationToken);

    /// <summary>The practising lawyers of the given firms.</summary>
    Task<IReadOnlyList<LawyerReference>> PractisingLawyersOfAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken);

    /// <summary>The codes of a region and every region under it, the region first; empty for an unknown code.</summary>
    Task<IReadOnlyList<string>> RegionSubtreeAsync(string regionCode, CancellationToken cancellationToken);
}

public sealed record FirmReference(Guid Id, string Name, string Uscc, string RegionCode, FirmStatus Status, int PractisingLawyerCount, FirmSizeBand SizeBand);

public sealed record LawyerReference(Guid Id, string Name, string CertificateNumber, LawyerCategory Category, Guid? FirmId, string RegionCode, LawyerStatus Status);
