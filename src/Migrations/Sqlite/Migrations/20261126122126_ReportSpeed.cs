using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_queue_events_Agent_At",
                table: "queue_events");

            migrationBuilder.DropIndex(
                name: "IX_queue_events_Queue_At",
                table: "queue_events");

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Agent_At_Event_TalkSeconds",
                table: "queue_events",
                columns: new[] { "Agent", "At", "Event", "TalkSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Queue_At_Event_WaitSeconds_TalkSeconds",
                table: "queue_events",
                columns: new[] { "Queue", "At", "Event", "WaitSeconds", "TalkSeconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_queue_events_Agent_At_Event_TalkSeconds",
                table: "queue_events");

            migrationBuilder.DropIndex(
                name: "IX_queue_events_Queue_At_Event_WaitSeconds_TalkSeconds",
                table: "queue_events");

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Agent_At",
                table: "queue_events",
                columns: new[] { "Agent", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_events_Queue_At",
                table: "queue_events",
                columns: new[] { "Queue", "At" });
        }
    }
}
