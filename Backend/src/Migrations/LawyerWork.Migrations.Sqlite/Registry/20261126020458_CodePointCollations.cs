using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class CodePointCollations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to do on SQLite: its default BINARY collation already compares by code point.
            // (PostgreSQL and SQL Server get their collations in their InitialRegistry.)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
