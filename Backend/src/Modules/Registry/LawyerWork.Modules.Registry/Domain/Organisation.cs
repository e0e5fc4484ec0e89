using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Domain;

/// <summary>A justice bureau or a bar association, with the region it serves (reference data, seeded by migration).</summary>
internal sealed class Organisation
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    public required string RegionCode { get; init; }
}
