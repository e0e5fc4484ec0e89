using LawyerWork.BuildingBlocks.Persistence;

namespace LawyerWork.BuildingBlocks.Tests.Persistence;

public sealed class ModelConventionsTests
{
    [TestCase("Name", "name")]
    [TestCase("ParentCode", "parent_code")]
    [TestCase("USCC", "uscc")]
    [TestCase("FirmUSCCCode", "firm_uscc_code")]
    [TestCase("Line2Address", "line2_address")]
    [TestCase("already_snake", "already_snake")]
    public void Names_become_snake_case(string name, string expected) =>
        Assert.That(ModelConventions.SnakeCase(name), Is.EqualTo(expected));
}
