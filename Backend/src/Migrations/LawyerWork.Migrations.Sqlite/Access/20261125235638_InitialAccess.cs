using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Access
{
    /// <inheritdoc />
    public partial class InitialAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_openiddict_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    client_secret = table.Column<string>(type: "TEXT", nullable: true),
                    client_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    concurrency_token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    consent_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    display_names = table.Column<string>(type: "TEXT", nullable: true),
                    json_web_key_set = table.Column<string>(type: "TEXT", nullable: true),
                    permissions = table.Column<string>(type: "TEXT", nullable: true),
                    post_logout_redirect_uris = table.Column<string>(type: "TEXT", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    redirect_uris = table.Column<string>(type: "TEXT", nullable: true),
                    requirements = table.Column<string>(type: "TEXT", nullable: true),
                    settings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_openiddict_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "access_openiddict_scopes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    concurrency_token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    descriptions = table.Column<string>(type: "TEXT", nullable: true),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    display_names = table.Column<string>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    resources = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_openiddict_scopes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "access_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "access_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    data_scope = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<long>(type: "INTEGER", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "access_openiddict_authorizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    concurrency_token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    scopes = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_openiddict_authorizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_openiddict_authorizations_application_id",
                        column: x => x.application_id,
                        principalTable: "access_openiddict_applications",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "access_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_role_claims_role_id",
                        column: x => x.role_id,
                        principalTable: "access_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_user_claims_user_id",
                        column: x => x.user_id,
                        principalTable: "access_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_access_user_logins_user_id",
                        column: x => x.user_id,
                        principalTable: "access_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_access_user_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "access_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_access_user_roles_user_id",
                        column: x => x.user_id,
                        principalTable: "access_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_access_user_tokens_user_id",
                        column: x => x.user_id,
                        principalTable: "access_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_openiddict_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    authorization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    concurrency_token = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    creation_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    expiration_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    properties = table.Column<string>(type: "TEXT", nullable: true),
                    redemption_date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reference_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_openiddict_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_openiddict_tokens_application_id",
                        column: x => x.application_id,
                        principalTable: "access_openiddict_applications",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_access_openiddict_tokens_authorization_id",
                        column: x => x.authorization_id,
                        principalTable: "access_openiddict_authorizations",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ux_access_openiddict_applications_client_id",
                table: "access_openiddict_applications",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_access_openiddict_authorizations_application_id_status_subject_type",
                table: "access_openiddict_authorizations",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ux_access_openiddict_scopes_name",
                table: "access_openiddict_scopes",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_access_openiddict_tokens_application_id_status_subject_type",
                table: "access_openiddict_tokens",
                columns: new[] { "application_id", "status", "subject", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_access_openiddict_tokens_authorization_id",
                table: "access_openiddict_tokens",
                column: "authorization_id");

            migrationBuilder.CreateIndex(
                name: "ux_access_openiddict_tokens_reference_id",
                table: "access_openiddict_tokens",
                column: "reference_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_access_role_claims_role_id",
                table: "access_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ux_access_roles_normalized_name",
                table: "access_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_access_user_claims_user_id",
                table: "access_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_access_user_logins_user_id",
                table: "access_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_access_user_roles_role_id",
                table: "access_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_access_users_normalized_email",
                table: "access_users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ux_access_users_normalized_user_name",
                table: "access_users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_openiddict_scopes");

            migrationBuilder.DropTable(
                name: "access_openiddict_tokens");

            migrationBuilder.DropTable(
                name: "access_role_claims");

            migrationBuilder.DropTable(
                name: "access_user_claims");

            migrationBuilder.DropTable(
                name: "access_user_logins");

            migrationBuilder.DropTable(
                name: "access_user_roles");

            migrationBuilder.DropTable(
                name: "access_user_tokens");

            migrationBuilder.DropTable(
                name: "access_openiddict_authorizations");

            migrationBuilder.DropTable(
                name: "access_roles");

            migrationBuilder.DropTable(
                name: "access_users");

            migrationBuilder.DropTable(
                name: "access_openiddict_applications");
        }
    }
}
