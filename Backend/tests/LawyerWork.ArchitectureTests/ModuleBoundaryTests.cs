using System.Reflection;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Modules.Integration;
using LawyerWork.Modules.Integration.Contracts;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision;
using LawyerWork.Modules.Supervision.Contracts;
using NetArchTest.Rules;

namespace LawyerWork.ArchitectureTests;

/// <summary>
/// The rules that keep the monolith a set of modules (ARCHITECTURE.md): a module references
/// BuildingBlocks and other modules' Contracts only; Contracts carry no EF Core; nothing in a
/// module signs people in by itself.
/// </summary>
public sealed class ModuleBoundaryTests
{
    // Every module assembly and its Contracts; a new module adds its marker types here.
    private static readonly Assembly[] Modules = [typeof(RegistryModule).Assembly, typeof(SupervisionModule).Assembly, typeof(IntegrationModule).Assembly];
    private static readonly Assembly[] Contracts = [typeof(RegistryPermissions).Assembly, typeof(SupervisionPermissions).Assembly, typeof(IntegrationPermissions).Assembly];

    private static IEnumerable<Assembly> ModuleAssemblies() => Modules;

    private static IEnumerable<Assembly> ContractAssemblies() => Contracts;

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void A_module_references_only_building_blocks_contracts_and_libraries(Assembly module)
    {
        var own = module.GetName().Name!;
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            typeof(ModuleDbContext).Assembly.GetName().Name!,
            own + ".Contracts",
        };
        allowed.UnionWith(Contracts.Select(c => c.GetName().Name!));
        var projectReferences = module.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("LawyerWork.", StringComparison.Ordinal));
        Assert.That(projectReferences, Is.SubsetOf(allowed), $"{own} reaches into another module's implementation or the Host");
    }

    [TestCaseSource(nameof(ContractAssemblies))]
    public void Contracts_reference_no_ef_core_and_no_module_implementation(Assembly contracts)
    {
        var result = Types.InAssembly(contracts)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "LawyerWork.Modules.Registry.Persistence", "LawyerWork.Modules.Supervision.Persistence", "LawyerWork.Modules.Integration.Persistence")
            .GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.That(contracts.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("Microsoft.EntityFrameworkCore"));
    }

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void No_module_references_aspnet_core_identity(Assembly module)
    {
        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore.Identity").GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.That(module.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("Microsoft.AspNetCore.Identity"));
    }

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void Use_case_handlers_live_in_feature_folders(Assembly module)
    {
        var handlers = module.GetTypes().Where(t => t.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition().Namespace == "Mediator"
            && i.GetGenericTypeDefinition().Name.Contains("Handler", StringComparison.Ordinal))).ToList();
        Assert.That(handlers, Is.Not.Empty);
        Assert.That(handlers.Select(h => h.Namespace), Has.All.Contains(".Features."));
    }

    [Test]
    public void Building_blocks_know_no_module()
    {
        var references = typeof(ModuleDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.That(references, Has.None.StartsWith("LawyerWork.Modules."));
    }
}
