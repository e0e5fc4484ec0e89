using LawyerWork.BuildingBlocks.Paging;

namespace LawyerWork.BuildingBlocks.Tests.Paging;

public sealed class PageQueryValidatorTests
{
    private static readonly PageQueryValidator Validator = new(["name"]);

    private static IEnumerable<string> Fields(PageQuery query) =>
        Validator.Validate(query).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void Defaults_and_the_last_allowed_page_pass()
    {
        Assert.That(Fields(new PageQuery(null, null, null, null)), Is.Empty);
        Assert.That(Fields(new PageQuery(100, 100, "-name", null)), Is.Empty);
        Assert.That(Fields(new PageQuery(500, 20, null, null)), Is.Empty);
        Assert.That(Fields(new PageQuery(null, 100, "name", "")), Is.Empty);
    }

    [TestCase(0, null, "page")]
    [TestCase(-1, null, "page")]
    [TestCase(null, 0, "pageSize")]
    [TestCase(null, 101, "pageSize")]
    [TestCase(101, 100, "page")]
    [TestCase(501, 20, "page")]
    public void Out_of_range_paging_names_the_field(int? page, int? pageSize, string field) =>
        Assert.That(Fields(new PageQuery(page, pageSize, null, null)), Is.EqualTo(new[] { field }));

    [Test]
    public void Page_and_cursor_together_are_refused_on_cursor() =>
        Assert.That(Fields(new PageQuery(2, null, null, "abc")), Is.EqualTo(new[] { "cursor" }));

    [Test]
    public void An_unknown_sort_field_is_refused_on_sort() =>
        Assert.That(Fields(new PageQuery(null, null, "phone", null)), Is.EqualTo(new[] { "sort" }));
}
