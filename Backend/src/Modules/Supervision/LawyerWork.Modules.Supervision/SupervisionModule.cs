using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Features;
using LawyerWork.Modules.Supervision.Features.Assessments;
using LawyerWork.Modules.Supervision.Features.Governance;
using LawyerWork.Modules.Supervision.Features.Integrity;
using LawyerWork.Modules.Supervision.Features.Ledger;
using LawyerWork.Modules.Supervision.Features.ModelFirms;
using LawyerWork.Modules.Supervision.Features.Surveys;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Modules.Supervision;

/// <summary>Supervision (管理工程): complaints, rights protection, deadlines and ledgers, integrity records.</summary>
public static class SupervisionModule
{
    public const string Schema = "supervision";
    public const string Tag = "Supervision";

    public static IServiceCollection AddSupervisionModule(this IServiceCollection services, bool runJobs)
    {
        services.AddModuleDbContext<SupervisionDbContext>(Schema);
        services.AddSupervisionDeadlines();
        services.AddScoped<CaseDeadlines>();
        services.AddScoped<Sanctions>();
        services.AddSingleton<ModelFirmCriteria>();
        services.AddScoped<IIntegrityReader, IntegrityReader>();
        services.AddScoped<ISupervisionLedger, SupervisionLedger>();
        services.AddSingleton<OverdueJob>();
        if (runJobs)
        {
            services.AddHostedService(provider => provider.GetRequiredService<OverdueJob>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var supervision = endpoints.MapGroup("/api/supervision").WithTags(Tag);
        supervision.MapComplaints();
        supervision.MapRights();
        supervision.MapIntegrity();
        supervision.MapSurveys();
        supervision.MapModelFirms();
        supervision.MapAssessments();
        supervision.MapGovernance();
        var publicApi = endpoints.MapGroup("/api/public").WithTags(Tag);
        publicApi.MapPublicComplaints();
        publicApi.MapPublicModelFirms();
        return endpoints;
    }
}
