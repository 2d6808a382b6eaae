using CallCenter.Activities.Calls.Inbound;
using CallCenter.Activities.Telephony;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Calls;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Activities.Tests.Calls.Inbound;

/// <summary>
/// The call trace: calls handled by <see cref="IvrCallHandler"/> on fake calls run a real flow (route 12345 →
/// hotline-12345 on the seeded SQLite file); what they did is stored in call_traces when the flow is over.
/// </summary>
public sealed class CallTraceTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("hotline-12345")
            .Variable("card").Variable("pin").Variable("rec", VariableType.Object).Variable("ticket_number")
            .Activity("start", "Start")
            .Activity("welcome", "Play", new { prompt = "welcome" })
            .Activity("menu", "Menu", new { text = "请按二", options = new object[] { new { digit = "1" }, new { digit = "2" } }, retryPrompt = "retry" })
            .Activity("card", "GatherDigits", new { text = "请输入卡号", digits = "card" })
            .Activity("pin", "GatherDigits", new { text = "请输入密码", digits = "pin" })
            .Activity("verify", "VerifyPin", new { memberNumber = "{{ card }}", pin = "{{ pin }}" })
            .Activity("rec", "Record", new { prompt = "beep", recording = "rec" })
            .Activity("ticket", "CreateTicket", new { category = "complaint", callerNumber = "{{ caller }}", recordingPath = "{{ rec.path }}", ticketNumber = "ticket_number" })
            .Activity("told", "Play", new { text = "您的工单号是{{ ticket_number }}", voice = "cmn" })
            .Chain("start", "welcome", "menu").Connect("menu", "1", "told").Connect("menu", "2", "card").Connect("card", "Collected", "pin").Connect("pin", "Collected", "verify")
            .Connect("verify", "Verified", "rec").Connect("rec", "Recorded", "ticket").Chain("ticket", "told")
            .Build());
    }

    [Fact]
    public async Task A_call_stores_its_flow_path_digits_with_the_pin_masked_prompts_with_rendered_text_recording_and_ticket()
    {
        var call = new FakeCallSession(caller: "13800138000", called: "12345").Keys("9", "2", "8800000001#", "1234#");
        await _host.Get<IvrCallHandler>().HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        var trace = await StoredTraceAsync(call.Id);
        Assert.Equal(("hotline-12345", 1), (trace.FlowName, trace.FlowVersion));
        Assert.Equal(32, trace.InstanceId.Length);
        var d = trace.Details;
        Assert.Equal(["start:Start:Done", "welcome:Play:Done", "menu:Menu:2", "card:GatherDigits:Collected", "pin:GatherDigits:Collected",
            "verify:VerifyPin:Verified", "rec:Record:Recorded", "ticket:CreateTicket:Done", "told:Play:Done"],
            d.Path.Select(s => $"{s.ActivityId}:{s.Type}:{s.Outcome}"));
        Assert.Equal([("menu", "9"), ("menu", "2"), ("card", "8800000001"), ("pin", "****")], d.Digits.Select(x => (x.ActivityId, x.Digits)));
        var ticket = Assert.Single(d.Tickets);
        Assert.StartsWith("T20261125-", ticket.Number);
        Assert.Equal(("ticket", "complaint"), (ticket.ActivityId, ticket.Category));
        Assert.Equal(["welcome|", "|请按二|cmn", "retry|", "|请按二|cmn", "|请输入卡号|cmn", "|请输入密码|cmn", "beep|", $"|您的工单号是{ticket.Number}|cmn"],
            d.Prompts.Select(p => p.Name is not null ? $"{p.Name}|" : $"|{p.Text}|{p.Voice}"));
        var recording = Assert.Single(d.Recordings);
        Assert.Equal(4.0, recording.DurationSeconds);
        Assert.True(File.Exists(recording.Path));
        Assert.Equal(ActivityHost.DefaultNow, d.Path[0].At);
    }

    [Fact]
    public async Task A_caller_hanging_up_in_the_menu_leaves_a_trace_ending_there_as_Cancelled()
    {
        var call = new FakeCallSession(called: "12345").HangUpAt("collect");
        await _host.Get<IvrCallHandler>().HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        var trace = await StoredTraceAsync(call.Id);
        Assert.Equal(["start:Done", "welcome:Done", "menu:Cancelled"], trace.Details.Path.Select(s => $"{s.ActivityId}:{s.Outcome}"));
        Assert.Empty(trace.Details.Digits);
        Assert.Empty(trace.Details.Tickets);
    }

    [Fact]
    public async Task A_sub_flows_steps_keys_and_attributes_and_the_SMS_sent_are_on_the_callers_trace()
    {
        // Each reading of the clock moves it on: steps get distinct start times, as they do on a real clock.
        _host.Time.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        await _host.PublishAsync(new FlowBuilder("survey").Variable("score")
            .Activity("start", "Start")
            .Activity("rate", "Menu", new { text = "请评分", options = new object[] { new { digit = "1" }, new { digit = "5" } }, digit = "score" })
            .Activity("keep", "SetCallAttributes", new { attributes = new Dictionary<string, string> { ["survey_score"] = "{{ score }}", ["survey"] = "v1" } })
            .Chain("start", "rate").Connect("rate", "1", "keep").Connect("rate", "5", "keep")
            .Build());
        await _host.PublishAsync(new FlowBuilder("hotline-12345")
            .Activity("start", "Start")
            .Activity("sms", "SendSms", new { to = "{{ caller }}", text = "谢谢来电" })
            .Activity("survey", "SubFlow", new { flow = "survey" })
            .Activity("after", "SetCallAttributes", new { attributes = new Dictionary<string, string> { ["survey"] = "v2" } })
            .Chain("start", "sms", "survey", "after")
            .Build());

        var call = new FakeCallSession(caller: "13800138000", called: "12345").Keys("5");
        await _host.Get<IvrCallHandler>().HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        var d = (await StoredTraceAsync(call.Id)).Details;
        Assert.Equal(["start:Done@", "sms:Done@", "survey:Done@", "start:Done@survey", "rate:5@survey", "keep:Done@survey", "after:Done@"],
            d.Path.Select(s => $"{s.ActivityId}:{s.Outcome}@{s.Flow}"));
        Assert.Equal([("rate", "5")], d.Digits.Select(x => (x.ActivityId, x.Digits)));
        Assert.Equal("|请评分|cmn", d.Prompts.Select(p => $"{p.Name}|{p.Text}|{p.Voice}").Single());
        Assert.Equal(new Dictionary<string, string> { ["survey_score"] = "5", ["survey"] = "v2" }, d.Attributes);
        var sms = Assert.Single(d.Messages);
        Assert.Equal(("sms", "Sms", "13800138000"), (sms.ActivityId, sms.Channel, sms.Recipient));
        await using var db = await _host.DbAsync();
        Assert.Equal("谢谢来电", (await db.OutboxMessages.SingleAsync(m => m.Id == sms.OutboxId)).Body);
    }

    [Fact]
    public async Task A_call_that_runs_no_flow_has_no_trace()
    {
        var call = new FakeCallSession(called: "4009999999");
        await _host.Get<IvrCallHandler>().HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        await _host.Get<DatabaseCallRecordSink>().DisposeAsync();
        await using var db = await _host.DbAsync();
        Assert.False(await db.CallTraces.AnyAsync());
    }

    // Disposing the sink flushes its queue (the host disposes it again, harmlessly).
    private async Task<CallTrace> StoredTraceAsync(string callId)
    {
        await _host.Get<DatabaseCallRecordSink>().DisposeAsync();
        await using var db = await _host.DbAsync();
        return await db.CallTraces.SingleAsync(t => t.CallId == callId);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
