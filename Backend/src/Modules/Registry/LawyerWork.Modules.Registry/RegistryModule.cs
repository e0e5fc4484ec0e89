using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Registry.Features.Regions.LookupRegions;
using LawyerWork.Modules.Registry.Features.Regions.RegionDetails;
using LawyerWork.Modules.Registry.Features.Regions.RegionTree;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Modules.Registry;

/// <summary>Registry: regions, organisations, firms and lawyers — the register every other module reads.</summary>
public static class RegistryModule
{
    public const string Schema = "registry";
    public const string Tag = "Registry";

    public static IServiceCollection AddRegistryModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<RegistryDbContext>(Schema);
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.MapGroup("/api/registry").WithTags(Tag);
        registry.MapRegionTree();
        registry.MapRegionDetails();
        registry.MapLookupRegions();
        return endpoints;
    }
}
