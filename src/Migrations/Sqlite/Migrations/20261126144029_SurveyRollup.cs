using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SurveyRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_survey_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CallFlow = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_survey_hours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_survey_hours_HourUtc_CallFlow_Question_Queue_Agent_Answer",
                table: "report_survey_hours",
                columns: new[] { "HourUtc", "CallFlow", "Question", "Queue", "Agent", "Answer" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_survey_hours");
        }
    }
}
