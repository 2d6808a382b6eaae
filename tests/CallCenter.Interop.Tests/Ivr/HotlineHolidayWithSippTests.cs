using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>hotline-12345 at 10:00 on 2 October 2026, a National Day holiday in the seeded calendar: night service, not the menu.</summary>
public sealed class HotlineHolidayWithSippTests : IvrSippTest
{
    protected override string ClockStartAt => "2026-10-02T10:00:00+08:00";

    [Fact]
    public async Task On_a_public_holiday_in_office_hours_the_caller_gets_the_night_service()
    {
        var run = await CallAndHangUpAsync("12345", "13600136000", TimeSpan.FromSeconds(2));

        AssertCallCompleted(run);
        await SeesAsync("hotline: night service (Holiday) for 13600136000");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["hours:Holiday", "night_log:Done"], call.Steps.SkipWhile(s => !s.StartsWith("hours:")).Take(2));
        Assert.Equal("Cancelled", call.Path[^1].Outcome);
        Assert.DoesNotContain(call.Path, s => s.ActivityId == "menu");
    }
}
