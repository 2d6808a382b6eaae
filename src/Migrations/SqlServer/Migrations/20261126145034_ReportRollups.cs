using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_agent_call_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Agent = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Calls = table.Column<int>(type: "int", nullable: false),
                    NoAnswer = table.Column<int>(type: "int", nullable: false),
                    TalkSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_agent_call_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_agent_state_cursors",
                columns: table => new
                {
                    Agent = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Since = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Agent = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReadySeconds = table.Column<double>(type: "float", nullable: false),
                    NotReadySeconds = table.Column<double>(type: "float", nullable: false),
                    RingingSeconds = table.Column<double>(type: "float", nullable: false),
                    OnCallSeconds = table.Column<double>(type: "float", nullable: false),
                    WrapUpSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_agent_state_hours", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "report_ivr_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CallFlow = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Flow = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Node = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_ivr_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_queue_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ServiceLevelSeconds = table.Column<int>(type: "int", nullable: false),
                    Joined = table.Column<int>(type: "int", nullable: false),
                    Full = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    Abandoned = table.Column<int>(type: "int", nullable: false),
                    Overflowed = table.Column<int>(type: "int", nullable: false),
                    AnsweredWithin = table.Column<int>(type: "int", nullable: false),
                    AbandonedWithin = table.Column<int>(type: "int", nullable: false),
                    AnsweredWaitSeconds = table.Column<double>(type: "float", nullable: false),
                    LongestWaitSeconds = table.Column<double>(type: "float", nullable: false),
                    TalkSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_queue_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_rollup_marks",
                columns: table => new
                {
                    Source = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FoldedId = table.Column<long>(type: "bigint", nullable: false),
                    SeenId = table.Column<long>(type: "bigint", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_rollup_marks", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "report_survey_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CallFlow = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Agent = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_survey_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_traffic_hours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HourUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outbound = table.Column<bool>(type: "bit", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Calls = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    TalkSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_traffic_hours", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_report_ivr_hours_HourUtc_CallFlow_Flow_Node_Type_Outcome",
                table: "report_ivr_hours",
                columns: new[] { "HourUtc", "CallFlow", "Flow", "Node", "Type", "Outcome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_queue_hours_HourUtc_Queue_ServiceLevelSeconds",
                table: "report_queue_hours",
                columns: new[] { "HourUtc", "Queue", "ServiceLevelSeconds" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_survey_hours_HourUtc_CallFlow_Question_Queue_Agent_Answer",
                table: "report_survey_hours",
                columns: new[] { "HourUtc", "CallFlow", "Question", "Queue", "Agent", "Answer" },
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
                name: "report_agent_call_hours");

            migrationBuilder.DropTable(
                name: "report_agent_state_cursors");

            migrationBuilder.DropTable(
                name: "report_agent_state_hours");

            migrationBuilder.DropTable(
                name: "report_extension_hours");

            migrationBuilder.DropTable(
                name: "report_hangup_hours");

            migrationBuilder.DropTable(
                name: "report_ivr_hours");

            migrationBuilder.DropTable(
                name: "report_queue_hours");

            migrationBuilder.DropTable(
                name: "report_rollup_marks");

            migrationBuilder.DropTable(
                name: "report_survey_hours");

            migrationBuilder.DropTable(
                name: "report_traffic_hours");
        }
    }
}
