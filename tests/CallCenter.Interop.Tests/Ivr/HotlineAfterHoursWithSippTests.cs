using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>hotline-12345 with the center's clock (Clock:StartAt) at 21:00 on a working day: night service.</summary>
public sealed class HotlineAfterHoursWithSippTests : IvrSippTest
{
    protected override string ClockStartAt => "2026-11-25T21:00:00+08:00";

    [Fact]
    public async Task After_hours_the_caller_hears_the_night_message_and_may_leave_a_message_that_becomes_a_ticket()
    {
        var run = await CallAsync("12345", "13700137000", PcapStep.Tone(200, 16_000), PcapStep.Keys(16_100, "#"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: night service (Closed) for 13700137000");
        await SeesAsync("created from a recorded message");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["hours:Closed", "night_log:Done", "night:Done", "night_record:Recorded", "night_ticket:Done"],
            call.Steps.Skip(2).Take(5));
        Assert.DoesNotContain(call.Path, s => s.ActivityId == "menu");
        var ticket = Assert.Single(call.Tickets);
        Assert.Equal("mailbox", ticket.Category);
        Assert.Matches(@"^T20261125-\d{4}$", ticket.Number);
        Assert.Equal("night_record", Assert.Single(call.Recordings).ActivityId);
    }
}
