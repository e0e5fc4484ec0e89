using System.Text.Json.Serialization;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Lawyers.UpdateLawyer;

/// <summary>
/// Corrects a lawyer's facts. The ID number, certificate number and firm change only through their
/// own steps (a new certificate, a transfer), so they are not here.
/// </summary>
public sealed record UpdateLawyerCommand(
    string? Name,
    Gender? Gender,
    string? Phone,
    LawyerCategory? Category,
    string? Employer,
    int? FirstPracticeYear,
    bool? ForeignRelated,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<Specialty>? Specialties) : ICommand<LawyerDetails>, ILawyerFields
{
    [JsonIgnore]
    public Guid LawyerId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed class UpdateLawyerValidator(TimeProvider clock) : LawyerFieldsValidator<UpdateLawyerCommand>(clock);

public sealed class UpdateLawyerHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateLawyerCommand, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(UpdateLawyerCommand command, CancellationToken cancellationToken)
    {
        var lawyer = await db.VisibleLawyerAsync(command.LawyerId, user.Scope, cancellationToken);
        lawyer.EnsureVersion(command.ExpectedVersion);

        user.Scope.EnsureMayWrite(lawyer);
        var category = command.Category!.Value;
        if (LawyerRules.WorksForEmployer(category) != (lawyer.FirmId is null)
            || !PracticeCertificateNumber.CategoryMatches(PracticeCertificateNumber.CategoryDigit(lawyer.CertificateNumber), category))
        {
            throw InvalidField.Exception("category", Bilingual.Text(
                "执业类别与执业证号和执业机构不符；变更类别须换发执业证。",
                "The category does not match the certificate number and practice organisation; a change of category needs a new certificate."));
        }

        if (PracticeCertificateNumber.FirstPracticeYear(lawyer.CertificateNumber) != command.FirstPracticeYear)
        {
            throw InvalidField.Exception("firstPracticeYear", Bilingual.Text(
                "首次执业年份须与执业证号第 6 至 9 位一致。", "The first practice year must match digits 6 to 9 of the certificate number."));
        }

        // Callers who see the phone masked cannot send it back: no phone means keep it, "" means remove it.
        var now = clock.GetUtcNow();
        lawyer.Update(command.ToInput() with { Phone = command.Phone ?? lawyer.Phone }, now);
        db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerUpdated(lawyer.Id, lawyer.Version + 1, now), clock));
        await db.SaveChangesAsync(cancellationToken);
        return await db.DetailsAsync(lawyer, user, cancellationToken);
    }
}
