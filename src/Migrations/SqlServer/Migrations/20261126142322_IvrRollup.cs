using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IvrRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_report_ivr_hours_HourUtc_CallFlow_Flow_Node_Type_Outcome",
                table: "report_ivr_hours",
                columns: new[] { "HourUtc", "CallFlow", "Flow", "Node", "Type", "Outcome" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_ivr_hours");
        }
    }
}
