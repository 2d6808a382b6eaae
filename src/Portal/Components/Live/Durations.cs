namespace CallCenter.Portal.Components.Live;

/// <summary>How long something has lasted, as a clock face: <c>0:42</c>, <c>12:05</c>, <c>1:02:03</c> (negative shown as 0:00).</summary>
public static class Durations
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}" : $"{span.Minutes}:{span.Seconds:00}";
    }
}
