using LawyerWork.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// Three migrations assemblies hold the same history: a model change added to one provider and
/// forgotten in another would only show on the forgotten provider's first deployment. Comparing
/// each assembly's snapshot with the current model needs no connection.
/// </summary>
public sealed class ProviderSnapshotTests
{
    [Test]
    public void Every_providers_snapshot_matches_the_current_model([Values] DatabaseProvider provider, [Values] ModuleContext module)
    {
        var database = ModuleContexts.AllProviders.Single(d => d.Provider == provider);
        using var context = ModuleContexts.Create(module, database);

        Assert.That(context.Database.HasPendingModelChanges(), Is.False, () =>
            $"{provider} migrations for {module} lag the model ({string.Join(", ", Differences(context))}); "
            + $"add one migration to all three providers: dotnet pwsh ./build.ps1 migrations-add -Name <Change> -Context {module}");
    }

    // What HasPendingModelChanges compares, spelled out so a failure names the operations. A fresh
    // snapshot instance: the assembly's cached one was finalised by the first comparison.
    private static IEnumerable<string> Differences(DbContext context)
    {
        var cached = context.GetService<IMigrationsAssembly>().ModelSnapshot;
        var snapshot = cached is null ? null : ((ModelSnapshot)Activator.CreateInstance(cached.GetType())!).Model;
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        if (snapshot is not null)
        {
            snapshot = context.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        }

        var current = context.GetService<IDesignTimeModel>().Model;
        return context.GetService<IMigrationsModelDiffer>()
            .GetDifferences(snapshot?.GetRelationalModel(), current.GetRelationalModel())
            .Select(o => o.GetType().Name.Replace("Operation", "", StringComparison.Ordinal) + Describe(o));
    }

    private static string Describe(MigrationOperation operation) => operation switch
    {
        TableOperation t => $" {Qualified(t.Schema, t.Name)}",
        ColumnOperation c => $" {Qualified(c.Schema, c.Table)}.{c.Name}",
        CreateIndexOperation i => $" {Qualified(i.Schema, i.Table)} {i.Name}",
        _ => "",
    };

    private static string Qualified(string? schema, string table) => schema is null ? table : $"{schema}.{table}";
}
