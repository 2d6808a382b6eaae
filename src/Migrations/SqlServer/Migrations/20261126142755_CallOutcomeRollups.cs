using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.SqlServer.Migrations
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Extension = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Placed = table.Column<bool>(type: "bit", nullable: false),
                    Calls = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    TalkSeconds = table.Column<double>(type: "float", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Side = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Answered = table.Column<bool>(type: "bit", nullable: false),
                    Calls = table.Column<int>(type: "int", nullable: false)
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
