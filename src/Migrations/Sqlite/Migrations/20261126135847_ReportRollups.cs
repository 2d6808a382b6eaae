using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_queue_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceLevelSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Joined = table.Column<int>(type: "INTEGER", nullable: false),
                    Full = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    Abandoned = table.Column<int>(type: "INTEGER", nullable: false),
                    Overflowed = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWithin = table.Column<int>(type: "INTEGER", nullable: false),
                    AbandonedWithin = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWaitSeconds = table.Column<double>(type: "REAL", nullable: false),
                    LongestWaitSeconds = table.Column<double>(type: "REAL", nullable: false),
                    TalkSeconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_queue_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_rollup_marks",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FoldedId = table.Column<long>(type: "INTEGER", nullable: false),
                    SeenId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_rollup_marks", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "report_traffic_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outbound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkSeconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_traffic_hours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_queue_hours_HourUtc_Queue_ServiceLevelSeconds",
                table: "report_queue_hours",
                columns: new[] { "HourUtc", "Queue", "ServiceLevelSeconds" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_traffic_hours_HourUtc_Outbound_Number",
                table: "report_traffic_hours",
                columns: new[] { "HourUtc", "Outbound", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_queue_hours");

            migrationBuilder.DropTable(
                name: "report_rollup_marks");

            migrationBuilder.DropTable(
                name: "report_traffic_hours");
        }
    }
}
