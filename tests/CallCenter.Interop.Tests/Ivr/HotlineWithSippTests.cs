using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>The shipped hotline-12345 flow in office hours, called by SIPp with RFC 4733 keys (and a voice for the recording).</summary>
public sealed class HotlineWithSippTests : IvrSippTest
{
    private const string Hotline = "12345";
    private const string Caller = "13700137000";

    [Fact]
    public async Task Status_query_speaks_the_status_of_the_seeded_ticket_keyed_with_hash()
    {
        var run = await CallAsync(Hotline, Caller, PcapStep.Keys(100, "3"), PcapStep.Keys(1_500, "202611010001#"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: ticket T20261101-0001 status 处理中 spoken");
        var call = await CallFromApiAsync(run);
        Assert.Equal("hotline-12345", call.Flow!.Name);
        Assert.Equal(Caller, call.Caller);
        Assert.Equal(Hotline, call.Called);
        Assert.Equal(
            ["screen:Normal", "hours:Open", "menu:status", "status_gather:Collected", "status_lookup:Found", "status_say:Done", "status_log:Done", "goodbye:Done", "hangup:Done"],
            call.Steps.Where(s => !s.StartsWith("start:") && !s.StartsWith("welcome:")));
        Assert.Contains(new ApiDigits("menu", "3", default), call.Digits.Select(d => d with { At = default }));
        Assert.Contains(new ApiDigits("status_gather", "202611010001", default), call.Digits.Select(d => d with { At = default }));
        var spoken = Assert.Single(call.Prompts, p => p.ActivityId == "status_say");
        Assert.Contains("处理中", spoken.Text);
        Assert.Equal("您查询的工单，当前状态是处理中。", spoken.Text);
    }

    [Fact]
    public async Task A_wrong_menu_key_is_retried_and_the_right_one_then_taken()
    {
        var run = await CallAsync(Hotline, Caller, PcapStep.Keys(100, "8"), PcapStep.Keys(2_000, "3"), PcapStep.Keys(4_000, "202611010002#"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: ticket T20261101-0002 status 已办结 spoken");
        var call = await CallFromApiAsync(run);
        Assert.Equal("3", call.Digits.Last(d => d.ActivityId == "menu").Digits);
        Assert.Contains("menu:status", call.Steps);
    }

    [Fact]
    public async Task Complaint_is_recorded_with_the_callers_voice_and_a_ticket_number_is_read_back()
    {
        // "2", then the caller speaks (a 440 Hz tone) well after the recording prompt, and ends with "#".
        var run = await CallAsync(Hotline, Caller, PcapStep.Keys(100, "2"), PcapStep.Tone(1_000, 14_000), PcapStep.Keys(14_100, "#"));

        AssertCallCompleted(run);
        await SeesAsync("created for a complaint and read to the caller");
        var call = await CallFromApiAsync(run);
        Assert.Contains("report_record:Recorded", call.Steps);
        Assert.Contains("report_number:Done", call.Steps);
        var ticket = Assert.Single(call.Tickets);
        Assert.Equal("complaint", ticket.Category);
        Assert.Matches(@"^T20261125-\d{4}$", ticket.Number);
        var made = Assert.Single(call.Recordings);
        Assert.Equal("report_record", made.ActivityId);
        Assert.True(made.DurationSeconds > 1, $"at least a second recorded, got {made.DurationSeconds} s");
        var recording = Path.Combine(Folder, made.Path!);
        Assert.True(File.Exists(recording), recording);
        var samples = TestWav.ReadSamples(recording);
        Assert.True(samples.Length > 8_000, $"at least a second recorded, got {samples.Length} samples");
        Assert.True(TestWav.Rms(samples) > 0.05, $"the recording holds the caller's tone (RMS {TestWav.Rms(samples):0.000})");
    }

    [Fact]
    public async Task A_blacklisted_caller_is_refused_within_two_seconds_without_reaching_the_menu()
    {
        var run = await CallRefusedAsync(Hotline, "13666666666");

        AssertCallCompleted(run);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(2), $"hung up after {run.Elapsed.TotalMilliseconds:0} ms\n{run.Output}");
        // The blocked path logs nothing: SIPp's end of the call is the event, then the bounded GET.
        var call = await CallFromApiAsync(run);
        Assert.Equal(486, call.StatusCode);
        Assert.Null(call.AnsweredAt);
        Assert.Equal(["start:Done", "screen:Blocked", "busy_hangup:Done"], call.Steps);
        Assert.Empty(call.Prompts);
    }

    [Fact]
    public async Task No_ticket_number_keyed_times_out_to_a_goodbye()
    {
        var run = await CallAsync(Hotline, Caller, PcapStep.Keys(100, "3"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: no input from 13700137000");
        var call = await CallFromApiAsync(run);
        Assert.Contains("status_gather:Timeout", call.Steps);
        Assert.DoesNotContain(call.Path, s => s.ActivityId == "status_lookup");
        Assert.Equal("hangup:Done", call.Steps.Last());
    }

    [Fact]
    public async Task Hanging_up_during_the_menu_prompt_cancels_the_flow_there()
    {
        var run = await CallAndHangUpAsync(Hotline, Caller, TimeSpan.FromSeconds(3), PcapStep.Keys(100, "5"));

        AssertCallCompleted(run);
        // No log line when the caller hangs up: SIPp's end of the call, then the bounded GET.
        var call = await CallFromApiAsync(run);
        Assert.Equal("poll_q1:Cancelled", call.Steps.Last());
        Assert.Equal("Caller", call.HangupBy);
    }
}
