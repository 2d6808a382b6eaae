using CallCenter.Telephony.Media.Clock;

namespace CallCenter.Telephony.Tests.Media.Clock;

/// <summary>The clock's arithmetic on made-up timestamps (1 unit = 1 ms, period 20).</summary>
public sealed class TickScheduleTests
{
    [Fact]
    public void Deadlines_are_absolute_so_a_late_wake_up_does_not_shift_later_ticks()
    {
        var schedule = new TickSchedule(origin: 1000, period: 20, maxLag: 60);
        Assert.Equal(0, schedule.Arrive(1000));
        schedule.Advance();
        Assert.Equal(1020, schedule.Deadline);
        Assert.Equal(7, schedule.Arrive(1027));
        schedule.Advance();
        Assert.Equal(1040, schedule.Deadline);
    }

    [Fact]
    public void An_early_wake_up_counts_as_on_time()
    {
        var schedule = new TickSchedule(0, 20, 60);
        Assert.Equal(0, schedule.Arrive(-3));
    }

    [Fact]
    public void Falling_further_behind_than_the_allowed_lag_skips_the_missed_ticks_instead_of_bursting()
    {
        var schedule = new TickSchedule(0, 20, 60);
        schedule.Arrive(0);
        schedule.Advance();
        // Woken 105 ms after tick 1 was due: ticks 1..5 are gone; running them back to back would send a packet train.
        schedule.Arrive(125);
        Assert.Equal(6, schedule.Tick);
        Assert.Equal(5, schedule.Skipped);
        Assert.True(schedule.Deadline <= 125 && schedule.Deadline + 20 > 125);
    }

    [Fact]
    public void Lateness_within_the_allowed_lag_runs_every_tick()
    {
        var schedule = new TickSchedule(0, 20, 60);
        schedule.Arrive(50);
        Assert.Equal(0, schedule.Tick);
        Assert.Equal(0, schedule.Skipped);
    }
}
