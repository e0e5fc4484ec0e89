using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Domain;
using LawyerWork.Modules.Supervision.Domain.Assessments;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Domain.Governance;
using LawyerWork.Modules.Supervision.Domain.Integrity;
using LawyerWork.Modules.Supervision.Domain.ModelFirms;
using LawyerWork.Modules.Supervision.Domain.Rights;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Persistence;

/// <summary>Schema <c>supervision</c>: complaints, rights-protection cases, integrity records, surveys.</summary>
public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options)
    : ModuleDbContext(options, SupervisionModule.Schema)
{
    /// <summary>The constructor dependency injection uses: the context knows its request's services (<see cref="IRequestServices"/>).</summary>
    public SupervisionDbContext(DbContextOptions<SupervisionDbContext> options, IServiceProvider requestServices)
        : this(options) => RequestServices = requestServices;

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintAttachment> ComplaintAttachments => Set<ComplaintAttachment>();

    public DbSet<RightsCase> RightsCases => Set<RightsCase>();

    public DbSet<IntegrityRecord> IntegrityRecords => Set<IntegrityRecord>();

    public DbSet<CaseStep<ComplaintStepKind>> ComplaintSteps => Set<CaseStep<ComplaintStepKind>>();

    public DbSet<ModelFirm> ModelFirms => Set<ModelFirm>();

    public DbSet<FirmAssessment> Assessments => Set<FirmAssessment>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Committee> Committees => Set<Committee>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
}
