using System.Globalization;
using CallCenter.Engine.Options;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Components.Live;

/// <summary>Shows stored UTC times in the center's time zone (<c>Engine:TimeZone</c>) and the user's culture.</summary>
public sealed class CenterTime(IOptions<EngineOptions> engine)
{
    private readonly TimeZoneInfo _zone = engine.Value.ResolveTimeZone();

    public string Format(DateTime utc, string format = "g") =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString(format, CultureInfo.CurrentCulture);

    public string Format(DateTimeOffset at, string format = "g") => Format(at.UtcDateTime, format);

    /// <summary>The center's date at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
}
