namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>The databases the product runs on (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
