using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawyerWork.Benchmarks.Baseline;

// The product's answer shapes (Registry Features/*), field for field, with code values as the strings the
// product stores and writes; JSON through a source-generated context (camelCase, like the product's options).

internal sealed record PublicIntegrityRecord(
    string Kind, string Measure, string Title, string DecidedBy, string DocumentNumber, DateOnly DecidedOn, DateOnly? EffectiveUntil, DateOnly DisclosedUntil);

internal sealed record PublicLawyer(
    string Name,
    string Gender,
    string CertificateNumber,
    string Category,
    string? FirmName,
    string? Employer,
    string RegionName,
    int FirstPracticeYear,
    string Status,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<PublicIntegrityRecord>? Integrity);

internal sealed record PublicFirm(
    string Name, string Uscc, string Address, string Director, string RegionName, string Status, int PractisingLawyerCount, IReadOnlyList<PublicIntegrityRecord>? Integrity);

internal sealed record ListPage<T>(IReadOnlyList<T> Items, int? Page, int PageSize, long? TotalCount, string? NextCursor)
{
    /// <summary>The public search's bounded count (ListPage.TotalCountCapped): true when more rows matched than were counted.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalCountCapped { get; init; }
}

internal sealed record LawyerSummary(
    Guid Id,
    string Name,
    string Gender,
    string CertificateNumber,
    string Category,
    Guid? FirmId,
    string? FirmName,
    string? Employer,
    string RegionCode,
    string RegionName,
    int FirstPracticeYear,
    bool ForeignRelated,
    string Status);

internal sealed record FirmPeriod(Guid FirmId, string FirmName, DateOnly From, DateOnly? To);

internal sealed record LawyerDetails(
    Guid Id,
    string Name,
    string Gender,
    string IdNumber,
    string? Phone,
    DateOnly? BirthDate,
    bool PersonalDataMasked,
    string CertificateNumber,
    string Category,
    Guid? FirmId,
    string? FirmName,
    string? Employer,
    string RegionCode,
    string RegionName,
    int FirstPracticeYear,
    bool ForeignRelated,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Specialties,
    string Status,
    DateOnly? StatusChangedOn,
    string? StatusReason,
    DateOnly? SuspendedUntil,
    bool NeedsNewFirm,
    int? UnqualifiedInYear,
    IReadOnlyList<FirmPeriod> FirmHistory,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

internal sealed record FirmDetails(
    Guid Id,
    string Name,
    string Uscc,
    string LicenceNumber,
    string OrganisationForm,
    string SizeBand,
    string RegionCode,
    string RegionName,
    string Director,
    string Address,
    string? Phone,
    DateOnly FoundedOn,
    Guid? BranchOfId,
    string Status,
    DateOnly? StatusChangedOn,
    string? StatusReason,
    DateOnly? SuspendedUntil,
    int PractisingLawyerCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>The PUT body: only the name is read (the product's command carries every editable fact).</summary>
internal sealed record UpdateLawyerBody(string? Name);

/// <summary>What the baseline's PUT answers: the record's id, new name and version (the product answers the whole LawyerDetails).</summary>
internal sealed record UpdatedLawyer(Guid Id, string Name, long Version);

internal sealed record Problem(string Type, string Title, int Status, string? Detail);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PublicLawyer))]
[JsonSerializable(typeof(PublicFirm))]
[JsonSerializable(typeof(ListPage<PublicLawyer>))]
[JsonSerializable(typeof(ListPage<LawyerSummary>))]
[JsonSerializable(typeof(LawyerDetails))]
[JsonSerializable(typeof(FirmDetails))]
[JsonSerializable(typeof(UpdateLawyerBody))]
[JsonSerializable(typeof(UpdatedLawyer))]
[JsonSerializable(typeof(Problem))]
internal sealed partial class BaselineJson : JsonSerializerContext;
