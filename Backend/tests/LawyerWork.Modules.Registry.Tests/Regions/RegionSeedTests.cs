using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Regions;

namespace LawyerWork.Modules.Registry.Tests.Regions;

public sealed class RegionSeedTests
{
    [Test]
    public void The_embedded_files_give_one_province_ten_city_level_regions_and_sixty_counties()
    {
        var regions = RegionSeed.Regions;
        Assert.That(regions.Select(r => r.Code), Is.Unique);
        Assert.That(regions.Count(r => r.Level == RegionLevel.Province), Is.EqualTo(1));
        Assert.That(regions.Count(r => r.Level == RegionLevel.Prefecture), Is.EqualTo(10));
        Assert.That(regions.Count(r => r.Level == RegionLevel.County), Is.EqualTo(60));
    }

    [Test]
    public void Every_parent_is_itself_a_region_and_every_code_sits_under_its_parent_prefix()
    {
        var codes = RegionSeed.Regions.ToDictionary(r => r.Code);
        foreach (var region in RegionSeed.Regions.Where(r => r.ParentCode is not null))
        {
            Assert.That(codes.ContainsKey(region.ParentCode!), Is.True, region.Code);
            var parent = codes[region.ParentCode!];
            var prefix = parent.Level == RegionLevel.Province ? parent.Code[..2] : parent.Code[..4];
            Assert.That(region.Code, Does.StartWith(prefix), $"{region.Code} under {parent.Code}");
        }
    }

    [Test]
    public void Quoted_fields_with_commas_are_read_whole()
    {
        const string csv = "code,name,parent_code,level,note\n220171,某开发区,220100,functional_zone,\"a, b \"\"c\"\"\"\n";
        var region = RegionSeed.Parse(new StringReader(csv), internalCodes: false, "test").Single();
        Assert.That(region.Note, Is.EqualTo("a, b \"c\""));
        Assert.That(region.CodeKind, Is.EqualTo(RegionCodeKind.Statistical));
    }

    [TestCase("code,name\n")]
    [TestCase("code,name,parent_code,level,note\n22010,短码,220000,county,\n")]
    [TestCase("code,name,parent_code,level,note\n220102,南关区,220100,district,\n")]
    [TestCase("code,name,parent_code,level,note\n220102,南关区,220100\n")]
    public void A_malformed_file_fails_loudly(string csv) =>
        Assert.Throws<FormatException>(() => RegionSeed.Parse(new StringReader(csv), internalCodes: false, "test").ToList());
}
