using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.Modules.Registry.Features.Assessments;
using LawyerWork.Modules.Registry.Features.Penalties;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.DemoData;
using LawyerWork.Modules.Registry.Features;
using Microsoft.EntityFrameworkCore;
using LawyerWork.Modules.Registry.Features.Firms.ChangeFirmStatus;
using LawyerWork.Modules.Registry.Features.Firms.ExportFirms;
using LawyerWork.Modules.Registry.Features.Firms.FirmList;
using LawyerWork.Modules.Registry.Features.Firms.GetFirm;
using LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;
using LawyerWork.Modules.Registry.Features.Firms.UpdateFirm;
using LawyerWork.Modules.Registry.Features.Import.ImportFirms;
using LawyerWork.Modules.Registry.Features.Import.ImportLawyers;
using LawyerWork.Modules.Registry.Features.Import.ImportTemplate;
using LawyerWork.Modules.Registry.Features.Lawyers.ChangeLawyerStatus;
using LawyerWork.Modules.Registry.Features.Lawyers.ExportLawyers;
using LawyerWork.Modules.Registry.Features.Lawyers.GetLawyer;
using LawyerWork.Modules.Registry.Features.Lawyers.LawyerList;
using LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;
using LawyerWork.Modules.Registry.Features.Lawyers.TransferLawyer;
using LawyerWork.Modules.Registry.Features.Lawyers.UpdateLawyer;
using LawyerWork.Modules.Registry.Features.Organisations;
using LawyerWork.Modules.Registry.Features.Public.PublicCache;
using LawyerWork.Modules.Registry.Features.Public.PublicFirms;
using LawyerWork.Modules.Registry.Features.Public.PublicLawyers;
using LawyerWork.Modules.Registry.Features.Regions.LookupRegions;
using LawyerWork.Modules.Registry.Features.Regions.RegionDetails;
using LawyerWork.Modules.Registry.Features.Regions.RegionTree;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Modules.Registry;

/// <summary>Registry: regions, organisations, firms and lawyers — the register every other module reads.</summary>
public static class RegistryModule
{
    public const string Schema = "registry";
    public const string Tag = "Registry";
    public const string PublicTag = "Public";

    public static IServiceCollection AddRegistryModule(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        services.AddModuleDbContext<RegistryDbContext>(Schema);
        services.AddScoped<IRegistryReader, RegistryReader>();
        services.AddIntegrationEventHandler<PracticePenaltyDecided, PracticePenaltyConsumer>();
        services.AddIntegrationEventHandler<LawyerAssessedUnqualified, AssessmentConsumer>();
        services.AddPublicAnswerCache(configuration);
        services.AddSingleton<SuspensionExpiryJob>();
        if (runJobs)
        {
            services.AddHostedService(provider => provider.GetRequiredService<SuspensionExpiryJob>());
        }

        return services;
    }

    /// <summary>
    /// Fills an empty register with the deterministic demo population (DemoData/DemoRegister.cs).
    /// Returns null, and touches nothing, when the register already holds firms or lawyers.
    /// </summary>
    public static async Task<DemoRegisterSummary?> SeedDemoRegisterAsync(
        this IServiceProvider scopedServices, int lawyers, Action<string> report, CancellationToken cancellationToken)
    {
        var db = scopedServices.GetRequiredService<RegistryDbContext>();
        if (await db.Firms.AnyAsync(cancellationToken) || await db.Lawyers.AnyAsync(cancellationToken))
        {
            return null;
        }

        var (firms, made) = await new DemoRegister(db, report).FillAsync(lawyers, cancellationToken);

        // A few firms with practising lawyers, and lawyers of theirs, for demo firm administrator and lawyer accounts.
        var sampleFirms = await db.Firms.AsNoTracking().Where(f => f.PractisingLawyerCount > 0).OrderBy(f => f.Id).Select(f => f.Id).Take(3).ToListAsync(cancellationToken);
        var sampleLawyers = await db.Lawyers.AsNoTracking()
            .Where(l => l.FirmId != null && sampleFirms.Contains(l.FirmId.Value) && l.Status == LawyerStatus.Practising)
            .OrderBy(l => l.Id).Select(l => l.Id).Take(3).ToListAsync(cancellationToken);
        var regions = Regions.RegionSeed.Regions;
        var prefectures = regions.Where(r => r.Level == RegionLevel.Prefecture)
            .Select(r => (r.Code, r.Name, regions.Where(c => c.ParentCode == r.Code && c.Level == RegionLevel.County).Select(c => c.Code).Order(StringComparer.Ordinal).FirstOrDefault()))
            .ToList();
        return new DemoRegisterSummary(firms, made, sampleFirms, sampleLawyers, prefectures);
    }

    /// <summary>What a demo seeding made, with samples for the demo accounts.</summary>
    public sealed record DemoRegisterSummary(
        int Firms, int Lawyers, IReadOnlyList<Guid> SampleFirms, IReadOnlyList<Guid> SampleLawyers, IReadOnlyList<(string Code, string Name, string? FirstCounty)> Prefectures);

    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.MapGroup("/api/registry").WithTags(Tag);
        registry.MapRegionTree();
        registry.MapRegionDetails();
        registry.MapLookupRegions();
        registry.MapOrganisations();

        registry.MapRegisterFirm();
        registry.MapFirmList();
        registry.MapExportFirms();
        registry.MapGetFirm();
        registry.MapUpdateFirm();
        registry.MapChangeFirmStatus();

        registry.MapRegisterLawyer();
        registry.MapLawyerList();
        registry.MapExportLawyers();
        registry.MapGetLawyer();
        registry.MapUpdateLawyer();
        registry.MapTransferLawyer();
        registry.MapChangeLawyerStatus();

        registry.MapImportFirms();
        registry.MapImportLawyers();
        registry.MapImportTemplates();

        var publicLookUp = endpoints.MapGroup("/api/public").WithTags(PublicTag).RequireRateLimiting(RateLimitPolicies.PublicLookUp);
        publicLookUp.MapPublicLawyers();
        publicLookUp.MapPublicFirms();
        return endpoints;
    }
}
