using LawyerWork.BuildingBlocks.Paging;

namespace LawyerWork.BuildingBlocks.Tests.Paging;

public sealed class SortOrderTests
{
    private static readonly string[] Allowed = ["name", "foundedOn", "lawyerCount"];

    [Test]
    public void Several_keys_with_directions_are_read_in_order()
    {
        Assert.That(SortOrder.TryParse("name,-foundedOn", Allowed, out var keys), Is.True);
        Assert.That(keys, Is.EqualTo(new[] { new SortKey("name", false), new SortKey("foundedOn", true) }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void No_sort_means_the_list_default(string? sort)
    {
        Assert.That(SortOrder.TryParse(sort, Allowed, out var keys), Is.True);
        Assert.That(keys, Is.Empty);
    }

    [TestCase("idNumber")]
    [TestCase("Name")]
    [TestCase("name,name")]
    [TestCase("name,")]
    [TestCase("--name")]
    [TestCase("-")]
    public void Anything_outside_the_whitelist_is_refused(string sort)
    {
        Assert.That(SortOrder.TryParse(sort, Allowed, out _), Is.False);
        Assert.Throws<ArgumentException>(() => SortOrder.Parse(sort, Allowed));
    }
}
