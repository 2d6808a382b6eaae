using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CallOutcomeRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_extension_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Extension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Placed = table.Column<bool>(type: "boolean", nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    Answered = table.Column<int>(type: "integer", nullable: false),
                    TalkSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_extension_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_hangup_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Side = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Answered = table.Column<bool>(type: "boolean", nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_hangup_hours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_extension_hours_HourUtc_Extension_Placed",
                table: "report_extension_hours",
                columns: new[] { "HourUtc", "Extension", "Placed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_hangup_hours_HourUtc_Side_Answered",
                table: "report_hangup_hours",
                columns: new[] { "HourUtc", "Side", "Answered" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_extension_hours");

            migrationBuilder.DropTable(
                name: "report_hangup_hours");
        }
    }
}
