using FluentValidation;
using LawyerWork.BuildingBlocks.Paging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Tests.Paging;

/// <summary>Paging and keyset cursors against a real SQLite database, with ties that only the id breaks.</summary>
public sealed class ListPagingTests
{
    private SqliteConnection connection = null!;
    private ShelfContext db = null!;
    private List<Book> books = null!;

    private static readonly SortableFields<Book> Fields = new SortableFields<Book>(b => b.Id)
        .Add("title", b => b.Title, isDefault: true)
        .Add("publishedOn", b => b.PublishedOn)
        .Add("pages", b => b.Pages);

    [OneTimeSetUp]
    public async Task Fill()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        db = new ShelfContext(new DbContextOptionsBuilder<ShelfContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var random = new Random(7);
        books = Enumerable.Range(0, 237).Select(i => new Book
        {
            Id = Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddSeconds(random.Next())),
            Title = $"Title {random.Next(40):00}",
            PublishedOn = new DateOnly(2000, 1, 1).AddDays(random.Next(30)),
            Pages = random.Next(5),
        }).ToList();
        db.AddRange(books);
        await db.SaveChangesAsync();
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static Task<ListPage<Guid>> Run(IQueryable<Book> query, PageQuery paging) =>
        query.ToListPageAsync(paging, Fields, b => b.Id, CancellationToken.None);

    [TestCase(null)]
    [TestCase("pages,-publishedOn")]
    [TestCase("-title")]
    [TestCase("publishedOn,pages,title")]
    public async Task A_cursor_walk_returns_every_row_once_in_the_order_pages_give(string? sort)
    {
        var walked = new List<Guid>();
        string? cursor = string.Empty;
        var steps = 0;
        while (cursor is not null)
        {
            var page = await Run(db.Books, new PageQuery(null, 10, sort, cursor));
            Assert.That(page.TotalCount, Is.Null);
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
            Assert.That(++steps, Is.LessThan(100));
        }

        var paged = new List<Guid>();
        for (var number = 1; number <= 24; number++)
        {
            var page = await Run(db.Books, new PageQuery(number, 10, sort, null));
            Assert.That(page.TotalCount, Is.EqualTo(237));
            paged.AddRange(page.Items);
        }

        Assert.That(walked, Is.Unique);
        Assert.That(walked, Has.Count.EqualTo(237));
        Assert.That(walked, Is.EqualTo(paged));
    }

    [Test]
    public async Task Pages_follow_the_requested_order_with_the_id_breaking_ties()
    {
        var page = await Run(db.Books, new PageQuery(1, 100, "-pages,title", null));
        var expected = books.OrderByDescending(b => b.Pages).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id)
            .Take(100).Select(b => b.Id).ToList();
        Assert.That(page.Items, Is.EqualTo(expected));
        Assert.That(page.Page, Is.EqualTo(1));
        Assert.That(page.NextCursor, Is.Null);
    }

    [Test]
    public async Task Filters_apply_before_paging_and_counting()
    {
        var page = await Run(db.Books.Where(b => b.Pages == 3), new PageQuery(2, 5, "publishedOn", null));
        Assert.That(page.TotalCount, Is.EqualTo(books.Count(b => b.Pages == 3)));
        Assert.That(page.Items, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task A_bounded_count_stops_at_the_bound_and_says_there_are_more()
    {
        var capped = await Run(db.Books, new PageQuery(2, 10, null, null) { CountAtMost = 100 });
        Assert.That((capped.TotalCount, capped.TotalCountCapped), Is.EqualTo((100L, (bool?)true)));
        Assert.That(capped.Items, Is.EqualTo((await Run(db.Books, new PageQuery(2, 10, null, null))).Items), "the rows do not depend on the count");

        var exact = await Run(db.Books, new PageQuery(1, 10, null, null) { CountAtMost = 237 });
        Assert.That((exact.TotalCount, exact.TotalCountCapped), Is.EqualTo((237L, (bool?)false)), "the bound itself is an exact count");

        var uncapped = await Run(db.Books, new PageQuery(1, 10, null, null));
        Assert.That((uncapped.TotalCount, uncapped.TotalCountCapped), Is.EqualTo((237L, (bool?)null)), "other lists do not carry the flag");
    }

    [Test]
    public async Task A_cursor_for_another_sort_is_refused_on_cursor()
    {
        var first = await Run(db.Books, new PageQuery(null, 10, "pages", ""));
        var error = await Assert.ThrowsAsync<ValidationException>(() => Run(db.Books, new PageQuery(null, 10, "title", first.NextCursor)));
        Assert.That(error!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "cursor" }));
    }

    [TestCase("not-base64!")]
    [TestCase("e30")]
    [TestCase("eyJTb3J0IjoiIiwiS2V5cyI6WzFdfQ")]
    public async Task A_damaged_cursor_is_refused_on_cursor(string cursor)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Run(db.Books, new PageQuery(null, 10, null, cursor)));
        Assert.That(error!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "cursor" }));
    }

    public sealed class Book
    {
        public Guid Id { get; set; }

        public string Title { get; set; } = "";

        public DateOnly PublishedOn { get; set; }

        public int Pages { get; set; }
    }

    private sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
    {
        public DbSet<Book> Books => Set<Book>();
    }
}
