using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>hotline-12345 keys 1 (mayor's mailbox) and 5 (opinion poll) in office hours.</summary>
public sealed class HotlineMailboxAndPollWithSippTests : IvrSippTest
{
    private const string Caller = "13600136000";

    [Fact]
    public async Task Key_1_records_a_message_for_the_mayor_that_becomes_a_mailbox_ticket()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "1"), PcapStep.Tone(1_000, 14_000), PcapStep.Keys(14_100, "#"));

        AssertCallCompleted(run);
        await SeesAsync("created from a recorded message");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:mailbox", "mailbox_record:Recorded", "mailbox_ticket:Done", "thanks_message:Done", "message_log:Done"],
            call.Steps.SkipWhile(s => s != "menu:mailbox").Take(5));
        var ticket = Assert.Single(call.Tickets);
        Assert.Equal("mailbox", ticket.Category);
        var recording = Assert.Single(call.Recordings);
        Assert.Equal("mailbox_record", recording.ActivityId);
        Assert.InRange(recording.DurationSeconds, 3.0, 30.0);
    }

    [Fact]
    public async Task Key_5_asks_two_poll_questions_and_keeps_both_answers_on_the_call()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "5"), PcapStep.Keys(1_500, "1"), PcapStep.Keys(3_000, "2"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: poll answers q1=1 q2=2");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:poll", "poll_q1:1", "poll_q2:2", "poll_log:Done", "poll_keep:Done", "poll_thanks:Done"],
            call.Steps.SkipWhile(s => s != "menu:poll").Take(6));
        Assert.Equal("1", call.Attributes["poll_q1"]);
        Assert.Equal("2", call.Attributes["poll_q2"]);
    }
}
