using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AgentRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_agent_call_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Agent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Queue = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    NoAnswer = table.Column<int>(type: "integer", nullable: false),
                    TalkSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_agent_call_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_agent_state_cursors",
                columns: table => new
                {
                    Agent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_agent_state_cursors", x => x.Agent);
                });

            migrationBuilder.CreateTable(
                name: "report_agent_state_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Agent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReadySeconds = table.Column<double>(type: "double precision", nullable: false),
                    NotReadySeconds = table.Column<double>(type: "double precision", nullable: false),
                    RingingSeconds = table.Column<double>(type: "double precision", nullable: false),
                    OnCallSeconds = table.Column<double>(type: "double precision", nullable: false),
                    WrapUpSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_agent_state_hours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_agent_call_hours_HourUtc_Agent_Queue",
                table: "report_agent_call_hours",
                columns: new[] { "HourUtc", "Agent", "Queue" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_agent_state_hours_HourUtc_Agent",
                table: "report_agent_state_hours",
                columns: new[] { "HourUtc", "Agent" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_agent_call_hours");

            migrationBuilder.DropTable(
                name: "report_agent_state_cursors");

            migrationBuilder.DropTable(
                name: "report_agent_state_hours");
        }
    }
}
