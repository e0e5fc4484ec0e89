namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate with the app-managed concurrency token that is its ETag. The same shape on every
/// provider (no rowversion or xmin), so ETags mean the same on SQLite, SQL Server and PostgreSQL.
/// </summary>
public interface IVersioned
{
    long Version { get; }
}

public static class VersionedExtensions
{
    /// <summary>412 unless the record is still at the version the caller's If-Match named.</summary>
    public static void EnsureVersion(this IVersioned record, long expected)
    {
        if (record.Version != expected)
        {
            throw new Errors.StaleVersionException();
        }
    }
}
