using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawyerWork.SqlServerChecks;

/// <summary>
/// SQL Server refuses a foreign key that "may cause cycles or multiple cascade paths" (error 1785):
/// no table may be reached from the same ancestor by two chains of cascading foreign keys, and no
/// chain may lead back to its start. PostgreSQL and SQLite accept both, so only this check catches it.
/// </summary>
public sealed class CascadePathTests
{
    [Test]
    public void No_table_is_reached_twice_by_cascading_deletes_from_one_ancestor()
    {
        var hazards = Enum.GetValues<ModuleContext>().SelectMany(SqlServerModel.Tables).SelectMany(Hazards).ToList();

        Assert.That(hazards, Is.Empty, () => "SQL Server would refuse these foreign keys:" + string.Concat(hazards.Select(h => Environment.NewLine + "  " + h)));
    }

    [Test]
    public void A_diamond_of_cascades_is_caught()
    {
        using var context = new DiamondContext();
        var tables = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables;

        var hazards = tables.SelectMany(Hazards).ToList();

        Assert.That(hazards, Has.Count.EqualTo(1).And.Some.Contains("dbo.leaves is reached from dbo.roots by 2 cascade paths"));
    }

    private static IEnumerable<string> Hazards(ITable table)
    {
        // Every cascading chain that ends at this table, walked from the table up to its ancestors.
        var paths = new List<(ITable Ancestor, string Path)>();
        var cycles = new List<string>();
        Walk(table, SqlServerModel.Name(table), [table]);

        foreach (var group in paths.GroupBy(p => p.Ancestor).Where(g => g.Count() > 1))
        {
            yield return $"{SqlServerModel.Name(table)} is reached from {SqlServerModel.Name(group.Key)} by {group.Count()} cascade paths: "
                + string.Join(" | ", group.Select(p => p.Path));
        }

        foreach (var cycle in cycles)
        {
            yield return $"cascade cycle: {cycle}";
        }

        void Walk(ITable current, string path, HashSet<ITable> seen)
        {
            foreach (var foreignKey in current.ForeignKeyConstraints.Where(fk => Cascades(fk.OnDeleteAction)))
            {
                var principal = foreignKey.PrincipalTable;
                var step = $"{SqlServerModel.Name(principal)} -[{foreignKey.Name}]-> {path}";
                if (seen.Contains(principal))
                {
                    cycles.Add(step);
                    continue;
                }

                paths.Add((principal, step));
                Walk(principal, step, [.. seen, principal]);
            }
        }
    }

    // SET NULL and SET DEFAULT are cascading actions too, as far as SQL Server's rule goes.
    private static bool Cascades(ReferentialAction action) =>
        action is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault;
}

/// <summary>roots → lefts → leaves and roots → rights → leaves, all cascading: what SQL Server refuses.</summary>
public sealed class DiamondContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer(ModuleContexts.SqlServerConnection);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Root>().ToTable("roots");
        modelBuilder.Entity<Left>().ToTable("lefts").HasOne<Root>().WithMany().HasForeignKey(l => l.RootId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Right>().ToTable("rights").HasOne<Root>().WithMany().HasForeignKey(r => r.RootId).OnDelete(DeleteBehavior.Cascade);
        var leaves = modelBuilder.Entity<Leaf>().ToTable("leaves");
        leaves.HasOne<Left>().WithMany().HasForeignKey(l => l.LeftId).OnDelete(DeleteBehavior.Cascade);
        leaves.HasOne<Right>().WithMany().HasForeignKey(l => l.RightId).OnDelete(DeleteBehavior.Cascade);
    }

    public sealed record Root(int Id);

    public sealed record Left(int Id, int RootId);

    public sealed record Right(int Id, int RootId);

    public sealed record Leaf(int Id, int LeftId, int RightId);
}
