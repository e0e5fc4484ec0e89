using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Access
{
    /// <inheritdoc />
    public partial class IdentityKeyWidths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
