using System.Security.Cryptography;
using System.Text;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LawyerWork.Modules.Registry.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32).IsUnicode(false);
        builder.Property(o => o.RegionCode).HasMaxLength(6).IsFixedLength().IsUnicode(false);
        builder.HasIndex(o => new { o.Kind, o.RegionCode }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(Seed());
    }

    /// <summary>
    /// The department and its city-level bureaus, the provincial and city bar associations
    /// (the 2019 work plan's addressees). Changbaishan has a bureau but no association of its own
    /// in that list, so none is seeded. Ids are derived from kind and region so that every
    /// database, and every migration, gives an organisation the same id.
    /// </summary>
    internal static IEnumerable<Organisation> Seed()
    {
        var province = RegionSeed.Regions.Single(r => r.Level == RegionLevel.Province);
        yield return Make("吉林省司法厅", OrganisationKind.JusticeBureau, province.Code);
        yield return Make("吉林省律师协会", OrganisationKind.BarAssociation, province.Code);
        foreach (var prefecture in RegionSeed.Regions.Where(r => r.Level == RegionLevel.Prefecture))
        {
            var isInternal = prefecture.CodeKind == RegionCodeKind.Internal;
            yield return Make(isInternal ? "长白山保护开发区管理委员会司法局" : prefecture.Name + "司法局", OrganisationKind.JusticeBureau, prefecture.Code);
            if (!isInternal)
            {
                yield return Make(prefecture.Name + "律师协会", OrganisationKind.BarAssociation, prefecture.Code);
            }
        }
    }

    internal static Guid IdFor(OrganisationKind kind, string regionCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"lawyerwork:organisation:{kind}:{regionCode}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static Organisation Make(string name, OrganisationKind kind, string regionCode) =>
        new() { Id = IdFor(kind, regionCode), Name = name, Kind = kind, RegionCode = regionCode };
}
