using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExtensionForwarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FollowMe",
                table: "extensions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ForwardAlways",
                table: "extensions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardBusy",
                table: "extensions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardNoAnswer",
                table: "extensions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoAnswerSeconds",
                table: "extensions",
                type: "int",
                nullable: false,
                defaultValue: 20);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FollowMe",
                table: "extensions");

            migrationBuilder.DropColumn(
                name: "ForwardAlways",
                table: "extensions");

            migrationBuilder.DropColumn(
                name: "ForwardBusy",
                table: "extensions");

            migrationBuilder.DropColumn(
                name: "ForwardNoAnswer",
                table: "extensions");

            migrationBuilder.DropColumn(
                name: "NoAnswerSeconds",
                table: "extensions");
        }
    }
}
