using CallCenter.Domain.Data;
using CallCenter.Engine.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Reports;

/// <summary>
/// What every report service reads from: the pooled DbContext factory, the center's time zone (<c>Engine:TimeZone</c>)
/// and the clock (for presets and for states still open "now").
/// </summary>
public sealed class ReportSource(IDbContextFactory<CallCenterDbContext> factory, IOptions<EngineOptions> engine, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = engine.Value.ResolveTimeZone();

    public TimeZoneInfo Zone => _zone;

    public TimeProvider Time => time;

    /// <summary>Today in the center's zone (for <see cref="ReportFilter.ForPreset"/>).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    public ReportPeriod PeriodOf(ReportFilter filter) => ReportPeriod.Of(filter, _zone);

    public Task<CallCenterDbContext> OpenAsync(CancellationToken ct) => factory.CreateDbContextAsync(ct);
}
