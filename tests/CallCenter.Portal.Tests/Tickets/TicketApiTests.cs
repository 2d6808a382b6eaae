using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Engine.Persistence.EntityFramework.Records;
using CallCenter.Portal.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Tests.Tickets;

/// <summary>
/// The tickets API on the real portal: an agent creates a ticket (which starts the shipped ticket-reminder flow), finds
/// it by text, caller and status, and closes it (which ends that flow); a Manager reads but may not change a status;
/// nobody without a key gets in.
/// </summary>
public sealed class TicketApiTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    [Fact]
    public async Task An_agent_creates_a_ticket_finds_it_and_closes_it_and_the_reminder_flow_follows()
    {
        using var agent = acd.Portal.CreateClient(await CreateKeyAsync("desk 8001", "Agent", "8001"));
        var marker = "灯-" + Guid.NewGuid().ToString("N")[..8]; // the demo data has street-light tickets too
        using var created = await agent.PostAsJsonAsync("/api/v1/tickets", new { category = "complaint", callerNumber = "13912345678", description = $"路灯不亮 street light out {marker}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var number = ticket.GetProperty("number").GetString()!;
        Assert.Matches(@"^T\d{8}-\d{4}$", number);
        Assert.Equal(("complaint", "13912345678", "New"), (ticket.GetProperty("category").GetString(), ticket.GetProperty("callerNumber").GetString(), ticket.GetProperty("status").GetString()));

        // TicketCreated started the ticket-reminder flow, now waiting for this ticket's TicketClosed.
        Assert.True(await HasBookmarkAsync($"TicketClosed:{number}"), "the ticket-reminder flow waits for this ticket to close");

        Assert.Equal([number], await NumbersAsync(agent, $"/api/v1/tickets?q={marker}"));
        Assert.Equal([number], await NumbersAsync(agent, "/api/v1/tickets?caller=13912345678&status=new"));
        Assert.Empty(await NumbersAsync(agent, "/api/v1/tickets?caller=13912345678&status=Closed"));
        var digits = number.Replace("T", "").Replace("-", "");
        Assert.Equal(number, (await agent.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{digits}")).GetProperty("number").GetString());

        using var closed = await agent.PutAsJsonAsync($"/api/v1/tickets/{number}/status", new { status = "Closed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal([number], await NumbersAsync(agent, "/api/v1/tickets?caller=13912345678&status=Closed"));
        Assert.False(await HasBookmarkAsync($"TicketClosed:{number}"), "closing the ticket resumed and ended its reminder flow");
    }

    [Fact]
    public async Task A_Manager_reads_tickets_but_may_not_change_their_status_and_without_a_key_it_is_401()
    {
        using var created = await acd.Http.PostAsJsonAsync("/api/v1/tickets", new { category = "consulting", callerNumber = "13800000001" });
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;

        using var manager = acd.Portal.CreateClient(await CreateKeyAsync("reports", "Manager"));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/tickets/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync($"/api/v1/tickets/{number}/status", new { status = "Resolved" })).StatusCode);

        using var anonymous = acd.Portal.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/tickets", new { category = "complaint" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/v1/tickets/{number}/status", new { status = "Closed" })).StatusCode);
        Assert.Equal("New", (await acd.GetJsonAsync($"/api/v1/tickets/{number}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invalid_input_is_a_validation_problem_and_an_unknown_ticket_is_404()
    {
        var errors = await ProblemAssert.ValidationErrorsAsync(await acd.Http.PostAsJsonAsync("/api/v1/tickets", new { category = " ", callerNumber = new string('1', 40) }));
        Assert.Equal(["callerNumber", "category"], errors.Keys.Order());
        var status = await ProblemAssert.ValidationErrorsAsync(await acd.Http.PutAsJsonAsync("/api/v1/tickets/T20200101-0001/status", new { status = "Done" }));
        Assert.Contains("InProgress", status["status"][0]);
        Assert.Contains("status", (await ProblemAssert.ValidationErrorsAsync(await acd.Http.GetAsync("/api/v1/tickets?status=Lost"))).Keys);
        await ProblemAssert.IsProblemAsync(await acd.Http.GetAsync("/api/v1/tickets/T20200101-0999"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await acd.Http.PutAsJsonAsync("/api/v1/tickets/T20200101-0999/status", new { status = "Closed" }), HttpStatusCode.NotFound);
    }

    private async Task<bool> HasBookmarkAsync(string key)
    {
        await using var db = acd.Db();
        return await db.Set<BookmarkRecord>().AnyAsync(b => b.CorrelationKey == key);
    }

    private static async Task<string[]> NumbersAsync(HttpClient http, string path) =>
        (await http.GetFromJsonAsync<JsonElement>(path)).EnumerateArray().Select(t => t.GetProperty("number").GetString()!).ToArray();

    private async Task<string> CreateKeyAsync(string name, string role, string? agentId = null)
    {
        using var response = await acd.Http.PostAsJsonAsync("/api/v1/api-keys", new { name, roles = new[] { role }, agentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }
}
