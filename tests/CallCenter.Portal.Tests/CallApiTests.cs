using System.Net;
using System.Text.Json;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Tests;

/// <summary>
/// The call API on the real portal process over its SQLite file: call records (as the voice server writes them)
/// with their traces (as the call handler writes them), newest first, the limit, one call by id, 404.
/// </summary>
public sealed class CallApiTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-portal-calls-").FullName;

    [Fact]
    public async Task Calls_are_listed_newest_first_with_their_flow_path_digits_prompts_recordings_and_tickets_limited_and_404_when_unknown()
    {
        await using var portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));
        long traced;
        await using (var db = Db())
        {
            // An extension call without a flow, then 12 IVR calls a minute apart; the traced one is the newest.
            db.CallRecords.Add(Record("ext-1", "sip:1001@cc", "sip:1002@cc", Start.AddMinutes(-5)));
            for (var i = 0; i < 12; i++) db.CallRecords.Add(Record($"ivr-{i}", $"sip:1380013800{i % 10}@10.0.0.1;user=phone", "sip:12345@cc", Start.AddMinutes(i)));
            var newest = Record("ivr-traced", "<sip:13800138000@10.0.0.1>", "sip:12345@cc", Start.AddMinutes(20));
            db.CallRecords.Add(newest);
            db.CallTraces.Add(new CallTrace
            {
                CallId = "ivr-traced", InstanceId = "0199aa", FlowName = "hotline-12345", FlowVersion = 3, RecordedAt = Start.AddMinutes(21),
                Details = new CallTraceDetails
                {
                    Path = [new("start", "Start", "Done", Start.AddMinutes(20)), new("menu", "Menu", "3", Start.AddMinutes(20).AddSeconds(1))],
                    Digits = [new("menu", "3", Start.AddMinutes(20).AddSeconds(4))],
                    Prompts = [new("welcome", "welcome-12345", null, null, Start.AddMinutes(20)), new("status", null, "您的工单状态是处理中", "cmn", Start.AddMinutes(20).AddSeconds(9))],
                    Recordings = [new("rec", "/data/recordings/20261125/a.wav", 4.5)],
                    Tickets = [new("ticket", "T20261125-0001", "complaint")],
                },
            });
            await db.SaveChangesAsync();
            traced = newest.Id;
        }
        using var http = portal.CreateClient();

        using (var all = JsonDocument.Parse(await http.GetStringAsync("/api/v1/calls")))
        {
            var calls = all.RootElement.EnumerateArray().ToList();
            Assert.Equal(14, calls.Count);
            Assert.Equal(["ivr-traced", "ivr-11", "ivr-10"], calls.Take(3).Select(c => c.GetProperty("callId").GetString()));
            Assert.Equal("ext-1", calls[^1].GetProperty("callId").GetString());
            Assert.Equal(JsonValueKind.Null, calls[^1].GetProperty("flow").ValueKind);
            Assert.Equal(0, calls[^1].GetProperty("path").GetArrayLength());
            Assert.Equal(("1001", "1002"), (calls[^1].GetProperty("caller").GetString(), calls[^1].GetProperty("called").GetString()));
        }
        using (var limited = JsonDocument.Parse(await http.GetStringAsync("/api/v1/calls?limit=2")))
            Assert.Equal(["ivr-traced", "ivr-11"], limited.RootElement.EnumerateArray().Select(c => c.GetProperty("callId").GetString()));
        using (var capped = JsonDocument.Parse(await http.GetStringAsync("/api/v1/calls?limit=100000")))
            Assert.Equal(14, capped.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/calls?limit=0")).StatusCode);
        using (var byCallId = JsonDocument.Parse(await http.GetStringAsync("/api/v1/calls?callId=ivr-3")))
            Assert.Equal("ivr-3", Assert.Single(byCallId.RootElement.EnumerateArray()).GetProperty("callId").GetString());

        var json = await http.GetStringAsync($"/api/v1/calls/{traced}");
        using (var one = JsonDocument.Parse(json))
        {
            var c = one.RootElement;
            Assert.Equal(traced, c.GetProperty("id").GetInt64());
            Assert.Equal(("13800138000", "12345"), (c.GetProperty("caller").GetString(), c.GetProperty("called").GetString()));
            Assert.Equal("2026-11-25T02:20:00+00:00", c.GetProperty("startedAt").GetString());
            Assert.Equal("2026-11-25T02:20:01+00:00", c.GetProperty("answeredAt").GetString());
            Assert.Equal("2026-11-25T02:21:00+00:00", c.GetProperty("endedAt").GetString());
            Assert.Equal(("Caller", "BYE", 200), (c.GetProperty("hangupBy").GetString(), c.GetProperty("cause").GetString(), c.GetProperty("statusCode").GetInt32()));
            var flow = c.GetProperty("flow");
            Assert.Equal(("hotline-12345", 3, "0199aa"), (flow.GetProperty("name").GetString(), flow.GetProperty("version").GetInt32(), flow.GetProperty("instanceId").GetString()));
            Assert.Equal(["start:Start:Done", "menu:Menu:3"], c.GetProperty("path").EnumerateArray()
                .Select(s => $"{s.GetProperty("activityId").GetString()}:{s.GetProperty("type").GetString()}:{s.GetProperty("outcome").GetString()}"));
            Assert.Equal("3", c.GetProperty("digits")[0].GetProperty("digits").GetString());
            Assert.Equal("welcome-12345", c.GetProperty("prompts")[0].GetProperty("name").GetString());
            Assert.Equal(("您的工单状态是处理中", "cmn"), (c.GetProperty("prompts")[1].GetProperty("text").GetString(), c.GetProperty("prompts")[1].GetProperty("voice").GetString()));
            Assert.Equal(4.5, c.GetProperty("recordings")[0].GetProperty("durationSeconds").GetDouble());
            Assert.Equal("/data/recordings/20261125/a.wav", c.GetProperty("recordings")[0].GetProperty("path").GetString());
            Assert.Equal("T20261125-0001", c.GetProperty("tickets")[0].GetProperty("number").GetString());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/calls/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/calls/not-a-number")).StatusCode);
    }

    private static CallDetailRecord Record(string callId, string from, string to, DateTime started) => new()
    {
        CallId = callId, From = from, To = to, StartedAt = started, AnsweredAt = started.AddSeconds(1), EndedAt = started.AddMinutes(1),
        HangupBy = "Caller", Cause = "BYE", StatusCode = 200,
    };

    private CallCenterDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Pooling=False" });
        return new CallCenterDbContext(builder.Options);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
