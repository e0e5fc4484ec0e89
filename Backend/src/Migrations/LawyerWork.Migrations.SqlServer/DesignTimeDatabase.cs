using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.Migrations.SqlServer;

namespace LawyerWork.Migrations;

internal static partial class DesignTimeDatabase
{
    // `migrations add` and script generation build the model without connecting.
    public static IModuleDatabase Create() => new SqlServerModuleDatabase("Server=localhost;Database=lawyerwork_design;Integrated Security=true;TrustServerCertificate=true");
}
