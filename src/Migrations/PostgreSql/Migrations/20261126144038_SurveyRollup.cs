using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallCenter.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CallFlow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_survey_hours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_survey_hours_HourUtc_CallFlow_Question_Queue_Agent_A~",
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
