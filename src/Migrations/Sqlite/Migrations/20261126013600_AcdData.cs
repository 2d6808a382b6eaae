using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AcdData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_groups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agent_status_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_status_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExtensionId = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxConcurrentCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    WrapUpSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    DialPermission = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agents", x => x.Id);
                    table.CheckConstraint("CK_agents_max_concurrent_calls", "\"MaxConcurrentCalls\" >= 1");
                    table.CheckConstraint("CK_agents_wrap_up_seconds", "\"WrapUpSeconds\" IS NULL OR \"WrapUpSeconds\" >= 0");
                    table.ForeignKey(
                        name: "FK_agents_extensions_ExtensionId",
                        column: x => x.ExtensionId,
                        principalTable: "extensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "queue_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Event = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalPosition = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    WaitSeconds = table.Column<double>(type: "REAL", nullable: true),
                    TalkSeconds = table.Column<double>(type: "REAL", nullable: true),
                    RingSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Data = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "queues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Strategy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaxWaitingCallers = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxWaitSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinWhenEmpty = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaveWhenEmpty = table.Column<bool>(type: "INTEGER", nullable: false),
                    RingTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxMissedOffers = table.Column<int>(type: "INTEGER", nullable: false),
                    WrapUpSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    RingBusyAgents = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastAgentPreferenceSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    SkillTierWideningSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    MusicOnHold = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnnouncePosition = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnnounceEstimatedWait = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnnounceFirstAfterSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnounceEverySeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnounceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RecordCalls = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordStereo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agent_group_members",
                columns: table => new
                {
                    AgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_group_members", x => new { x.AgentId, x.GroupId });
                    table.ForeignKey(
                        name: "FK_agent_group_members_agent_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "agent_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agent_group_members_agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agent_skills",
                columns: table => new
                {
                    AgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_skills", x => new { x.AgentId, x.Skill });
                    table.CheckConstraint("CK_agent_skills_level", "\"Level\" BETWEEN 1 AND 9");
                    table.ForeignKey(
                        name: "FK_agent_skills_agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "queue_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QueueId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Penalty = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_members", x => x.Id);
                    table.CheckConstraint("CK_queue_members_agent_or_group", "(\"AgentId\" IS NOT NULL AND \"GroupId\" IS NULL) OR (\"AgentId\" IS NULL AND \"GroupId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_queue_members_agent_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "agent_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_queue_members_agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_queue_members_queues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agent_group_members_GroupId",
                table: "agent_group_members",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_agent_groups_Name",
                table: "agent_groups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agent_skills_Skill",
                table: "agent_skills",
                column: "Skill");

            migrationBuilder.CreateIndex(
                name: "IX_agent_status_changes_AgentNumber_At",
                table: "agent_status_changes",
                columns: new[] { "AgentNumber", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_agent_status_changes_At",
                table: "agent_status_changes",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_agents_ExtensionId",
                table: "agents",
                column: "ExtensionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agents_Number",
                table: "agents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Agent_At",
                table: "queue_events",
                columns: new[] { "Agent", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_At",
                table: "queue_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_CallId",
                table: "queue_events",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Queue_At",
                table: "queue_events",
                columns: new[] { "Queue", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_members_AgentId",
                table: "queue_members",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_queue_members_GroupId",
                table: "queue_members",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_queue_members_QueueId_AgentId",
                table: "queue_members",
                columns: new[] { "QueueId", "AgentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queue_members_QueueId_GroupId",
                table: "queue_members",
                columns: new[] { "QueueId", "GroupId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_queues_Name",
                table: "queues",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_group_members");

            migrationBuilder.DropTable(
                name: "agent_skills");

            migrationBuilder.DropTable(
                name: "agent_status_changes");

            migrationBuilder.DropTable(
                name: "queue_events");

            migrationBuilder.DropTable(
                name: "queue_members");

            migrationBuilder.DropTable(
                name: "agent_groups");

            migrationBuilder.DropTable(
                name: "agents");

            migrationBuilder.DropTable(
                name: "queues");
        }
    }
}
