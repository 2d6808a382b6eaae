using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Tests.Reports;

/// <summary>
/// One real portal (center in Asia/Shanghai, demo queues) with a small queue log written into its SQLite file, shared by
/// the report download tests. On 2026-11-20 (local): hotline offered 3 (c1 answered after 10 s, c2 after 30 s, c3
/// abandoned after 8 s), card-service offered 1 (c4 abandoned after 45 s); on 2026-11-18 one more hotline call (c0)
/// that a 20th-only range must leave out.
/// </summary>
public sealed class ReportPortal : IAsyncLifetime
{
    public static readonly DateOnly Day = new(2026, 11, 20);

    // 02:00 UTC = 10:00 in Shanghai, the same local day.
    private static readonly DateTime Morning = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    public string Folder { get; } = Directory.CreateTempSubdirectory("callcenter-portal-reports-").FullName;
    public PortalProcess Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal = await PortalProcess.StartAsync(Folder, TimeSpan.FromSeconds(90), "DemoData:ExtensionPassword=secret-demo", "Engine:TimeZone=Asia/Shanghai");
        await using var db = Db();
        Call(db, "c0", Morning.AddDays(-2), "hotline", answeredAfter: 5);
        Call(db, "c1", Morning, "hotline", answeredAfter: 10);
        Call(db, "c2", Morning.AddMinutes(5), "hotline", answeredAfter: 30);
        Call(db, "c3", Morning.AddMinutes(10), "hotline", abandonedAfter: 8);
        Call(db, "c4", Morning.AddHours(1), "card-service", abandonedAfter: 45);
        await db.SaveChangesAsync();
    }

    private static void Call(CallCenterDbContext db, string id, DateTime start, string queue, double? answeredAfter = null, double? abandonedAfter = null)
    {
        db.QueueEvents.Add(new QueueEvent { At = start, CallId = id, Queue = queue, Event = QueueEventType.EnterQueue, Position = 1 });
        var end = start.AddSeconds((answeredAfter ?? abandonedAfter ?? 0) + (answeredAfter is null ? 0 : 60));
        if (answeredAfter is { } wait)
        {
            db.QueueEvents.Add(new QueueEvent { At = start.AddSeconds(wait), CallId = id, Queue = queue, Agent = "8002", Event = QueueEventType.Connect, WaitSeconds = wait });
            db.QueueEvents.Add(new QueueEvent { At = end, CallId = id, Queue = queue, Agent = "8002", Event = QueueEventType.CompleteCaller, WaitSeconds = wait, TalkSeconds = 60 });
        }
        if (abandonedAfter is { } gaveUp)
            db.QueueEvents.Add(new QueueEvent { At = start.AddSeconds(gaveUp), CallId = id, Queue = queue, Event = QueueEventType.Abandon, WaitSeconds = gaveUp, Position = 1, OriginalPosition = 1 });
        db.CallRecords.Add(new CallDetailRecord
        {
            CallId = id, From = "sip:13800138000@carrier.example", To = "sip:12345@callcenter.example", StartedAt = start,
            AnsweredAt = answeredAfter is { } a ? start.AddSeconds(a) : null, EndedAt = end, HangupBy = "Caller", Cause = "Normal",
        });
    }

    /// <summary>The portal's own SQLite file (the ACD writes these rows in production).</summary>
    public CallCenterDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(Folder, "data", "callcenter.db")};Pooling=False" });
        return new CallCenterDbContext(builder.Options);
    }

    public async Task DisposeAsync()
    {
        if (Portal is not null) await Portal.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
