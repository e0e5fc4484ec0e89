using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.Sqlite;

namespace LawyerWork.Migrations;

internal static partial class DesignTimeDatabase
{
    // A file is created only if a design-time command opens it; `migrations add` does not.
    public static IModuleDatabase Create() => new SqliteModuleDatabase("Data Source=design-time.db");
}
