using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.PostgreSql;

namespace LawyerWork.Migrations;

internal static partial class DesignTimeDatabase
{
    // `migrations add` builds the model without connecting; the string only has to parse.
    public static IModuleDatabase Create() => new PostgreSqlModuleDatabase("Host=localhost;Database=lawyerwork_design");
}
