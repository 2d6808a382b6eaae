using CallCenter.Telephony.Media.Clock;

namespace CallCenter.Telephony.Tests.Media.Clock;

public sealed class LatenessHistogramTests
{
    [Fact]
    public void Percentiles_and_max_reflect_the_recorded_lateness()
    {
        var histogram = new LatenessHistogram();
        for (var i = 0; i < 98; i++) histogram.Record(TimeSpan.FromMilliseconds(0.1));
        histogram.Record(TimeSpan.FromMilliseconds(3));
        histogram.Record(TimeSpan.FromMilliseconds(250));

        Assert.Equal(100, histogram.Count);
        Assert.InRange(histogram.Percentile(50).TotalMilliseconds, 0.1, 0.12);
        Assert.InRange(histogram.Percentile(99).TotalMilliseconds, 3, 3.02);
        Assert.Equal(TimeSpan.FromMilliseconds(250), histogram.Max);
    }

    [Fact]
    public void An_empty_histogram_reports_zero()
    {
        var histogram = new LatenessHistogram();
        Assert.Equal(TimeSpan.Zero, histogram.Percentile(99));
        Assert.Equal(TimeSpan.Zero, histogram.Max);
    }
}
