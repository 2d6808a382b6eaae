using CallCenter.Portal.Components.Live;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Portal.Tests.Components;

/// <summary>The wallboard's re-render throttle: the first change shows at once; a burst within the interval becomes one more render at its end.</summary>
public sealed class RenderThrottleTests
{
    [Fact]
    public void A_burst_of_changes_renders_once_now_and_once_more_when_the_interval_is_over()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        var renders = 0;
        using var throttle = new RenderThrottle(() => { renders++; return Task.CompletedTask; }, TimeSpan.FromMilliseconds(250), time);

        throttle.Changed();
        Assert.Equal(1, renders);
        for (var i = 0; i < 50; i++) throttle.Changed();
        Assert.Equal(1, renders);
        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.Equal(1, renders);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, renders);
        // Quiet for longer than the interval: the next change renders at once again.
        time.Advance(TimeSpan.FromSeconds(1));
        throttle.Changed();
        Assert.Equal(3, renders);
    }

    [Theory]
    [InlineData(42, "0:42")]
    [InlineData(725, "12:05")]
    [InlineData(3723, "1:02:03")]
    [InlineData(-5, "0:00")]
    public void Durations_read_like_a_clock(int seconds, string shown) => Assert.Equal(shown, Durations.Format(TimeSpan.FromSeconds(seconds)));
}
