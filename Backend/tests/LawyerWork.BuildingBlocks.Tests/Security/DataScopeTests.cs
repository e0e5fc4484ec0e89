using LawyerWork.BuildingBlocks.Security;

namespace LawyerWork.BuildingBlocks.Tests.Security;

public sealed class DataScopeTests
{
    [Test]
    public void A_region_scope_names_its_code()
    {
        Assert.That(DataScope.TryParse("region:220100", out var scope), Is.True);
        Assert.That(scope!.Kind, Is.EqualTo(DataScopeKind.Region));
        Assert.That(scope.RegionCode, Is.EqualTo("220100"));
        Assert.That(scope.ToString(), Is.EqualTo("region:220100"));
    }

    [Test]
    public void Firm_and_self_scopes_carry_an_id()
    {
        var id = Guid.CreateVersion7();
        Assert.That(DataScope.TryParse($"firm:{id}", out var firm) && firm!.FirmId == id, Is.True);
        Assert.That(DataScope.TryParse($"self:{id}", out var self) && self!.PersonId == id, Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("region")]
    [TestCase("region:2201")]
    [TestCase("region:22010a")]
    [TestCase("firm:123")]
    [TestCase("province:220000")]
    [TestCase(":220000")]
    public void Anything_else_is_no_scope(string? text) => Assert.That(DataScope.TryParse(text, out _), Is.False);
}
