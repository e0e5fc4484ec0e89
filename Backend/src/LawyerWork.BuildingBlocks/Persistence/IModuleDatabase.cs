using Microsoft.EntityFrameworkCore;

namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// How a module's DbContext reaches the database. The Host implements it for the configured
/// provider, so modules never reference a provider package and each gets its own schema and
/// migrations-history table.
/// </summary>
public interface IModuleDatabase
{
    DatabaseProvider Provider { get; }

    void Configure(DbContextOptionsBuilder options, string schema);
}
