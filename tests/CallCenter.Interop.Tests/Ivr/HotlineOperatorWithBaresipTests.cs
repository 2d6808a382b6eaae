using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// hotline-12345 key 0 with an operator: a baresip softphone registers as extension 1001, agent 8001 logs in there
/// through the API, and the hotline queue connects the caller to it; when the operator hangs up, the caller (SIPp) is taken to the satisfaction survey, and the rating lands on
/// the hotline call's record.
/// </summary>
public sealed class HotlineOperatorWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Operator";
    private const string Caller = "13700137000";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}"];

    [Fact]
    public async Task After_the_operator_hangs_up_the_caller_rates_the_call_and_the_score_is_on_the_hotline_calls_record()
    {
        await using var operatorPhone = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: true, toneHz: 1000);
        await operatorPhone.WaitRegisteredAsync(Wait);
        // Agent 8001 works on extension 1001: logged in and Ready, the hotline queue offers the caller to them.
        using (var http = Portal.CreateClient(baseAddress: ApiAddress))
            (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        // The caller keys 0 at once, and 4 nine seconds in: by then the operator (who hangs up as soon as the call is
        // established, about 3–4 s in, after the transfer notice) is gone and the survey question plays (it waits
        // about 10 s for a key), so the 4 answers the survey, not the operator.
        var caller = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Keys(9_000, "4"));
        await operatorPhone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        // The two talk: the operator hangs up once audio from the caller's side has reached the phone.
        await operatorPhone.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        await operatorPhone.Control.CommandAsync("hangup");
        await operatorPhone.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var run = await caller;

        Assert.True(run.ExitCode == 0, $"{run.Output}\n--- operator's phone ---\n{operatorPhone.Log}");
        await SeesAsync($"survey: caller {Caller} rated 4");
        var call = await CallFromApiAsync(run);
        Assert.Equal("hotline-12345", call.Flow!.Name);
        Assert.Equal(["menu:operator", "operator_intro:Done", "operator:Connected", "survey:Done"],
            call.Steps.SkipWhile(s => !s.StartsWith("menu:")).Take(4));
        Assert.Equal(["satisfaction-survey/rate:4", "satisfaction-survey/scored_log:Done", "satisfaction-survey/keep_score:Done"],
            call.Steps.SkipWhile(s => s != "satisfaction-survey/rate:4").Take(3));
        Assert.Equal("4", call.Attributes["survey_score"]);
        Assert.Contains(("rate", "4"), call.Digits.Select(d => (d.ActivityId, d.Digits)));
        var visit = Assert.Single(call.Queues);
        Assert.Equal(("hotline", "Connected", "8001", "Agent"), (visit.Queue, visit.Outcome, visit.AgentId, visit.EndedBy));
        Assert.True(visit.TalkSeconds > 0 && visit.RecordingPath is not null && File.Exists(visit.RecordingPath), call.ToString());
        Assert.Contains(call.Recordings, r => r.Path == visit.RecordingPath && r.ActivityId == "operator");
        Assert.Equal("answered", call.Disposition);
    }
}
