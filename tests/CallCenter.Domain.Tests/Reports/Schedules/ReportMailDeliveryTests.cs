using System.Net;
using System.Net.Sockets;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Messaging.Providers;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Schedules;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using ClosedXML.Excel;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Quartz;

namespace CallCenter.Domain.Tests.Reports.Schedules;

/// <summary>
/// A report subscription's Quartz job, run by the real scheduler on its persistent store (SQLite), mails the workbook of
/// the period just ended to a real SMTP server (SmtpServer package); the attachment reopened with ClosedXML holds the
/// queue figures of that day. A dead SMTP server is recorded as the subscription's last error and the next run mails it.
/// The clock says Wednesday 2026-11-25 10:00 in Shanghai, so a daily mail covers Tuesday the 24th.
/// </summary>
public sealed class ReportMailDeliveryTests : IAsyncLifetime
{
    private static readonly DateTime TuesdayMorning = new(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc); // 10:00 in Shanghai
    private readonly ChangingOptions<SmtpOptions> _smtp = new(new SmtpOptions());
    private DomainDatabase _database = null!;
    private IScheduler _scheduler = null!;
    private readonly JobsRun _ran = new();

    public async Task InitializeAsync()
    {
        _database = await DomainDatabase.SqliteAsync(s => s.AddCallCenterReports().AddReportSubscriptions()
            .Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai")
            .AddSingleton<IOptionsMonitor<SmtpOptions>>(_smtp));
        await using (var db = await _database.ContextAsync())
        {
            // Tuesday: hotline offered 2 (one answered after 10 s, one abandoned after 8 s); Wednesday's call is outside the period.
            void Line(string call, int after, QueueEventType type, double? wait = null, int day = 0) => db.QueueEvents.Add(new QueueEvent
            {
                At = TuesdayMorning.AddDays(day).AddSeconds(after), CallId = call, Queue = "hotline", Event = type, WaitSeconds = wait, Agent = type == QueueEventType.Connect ? "8001" : null,
            });
            Line("t1", 0, QueueEventType.EnterQueue); Line("t1", 10, QueueEventType.Connect, 10);
            Line("t2", 60, QueueEventType.EnterQueue); Line("t2", 68, QueueEventType.Abandon, 8);
            Line("w1", 0, QueueEventType.EnterQueue, day: 1);
            await db.SaveChangesAsync();
        }
        _scheduler = await _database.Get<ISchedulerFactory>().GetScheduler();
        _scheduler.ListenerManager.AddJobListener(_ran, GroupMatcher<JobKey>.GroupEquals(ReportSubscriptionScheduler.Group));
        await _scheduler.Start();
    }

    public async Task DisposeAsync()
    {
        await _scheduler.Shutdown(waitForJobsToComplete: true);
        await _database.DisposeAsync();
    }

    private async Task<ReportSubscription> SubscribeAsync(string? language)
    {
        var result = await _database.Get<ReportSubscriptionStore>().SaveAsync(new ReportSubscription
        {
            Report = "queue", Queue = "hotline", Frequency = ReportFrequency.Daily, TimeOfDay = new TimeOnly(8, 0),
            Recipients = ["boss@example.com", "team@example.com"], Owner = "manager", Language = language,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.Subscription!;
    }

    private SmtpOptions Smtp(int port) => new() { Host = "127.0.0.1", Port = port, Security = SecureSocketOptions.None, From = "reports@callcenter.example" };

    [Fact]
    public async Task The_scheduled_job_mails_yesterdays_queue_workbook_to_every_recipient()
    {
        await using var server = await SmtpTestServer.StartAsync();
        _smtp.Set(Smtp(server.Port));
        var subscription = await SubscribeAsync("en");

        await _scheduler.TriggerJob(ReportSubscriptionScheduler.JobOf(subscription.Id));
        var mail = await server.NextAsync();

        Assert.Equal("Queue report 2026-11-24", mail.Subject);
        Assert.Equal(["boss@example.com", "team@example.com"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("reports@callcenter.example", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Filters: queue hotline", mail.TextBody);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("queue-20261124-20261124.xlsx", attachment.FileName);
        Assert.Equal(ReportMailing.ContentType, attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        content.Position = 0;
        using var book = new XLWorkbook(content);
        var sheet = book.Worksheet(1);
        Assert.Equal("队列报表 Queue report", sheet.Cell(1, 1).GetString());
        Assert.Equal("期间 Period: 2026-11-24 – 2026-11-24 · 队列 Queue: hotline", sheet.Cell(2, 1).GetString());
        Assert.Equal("hotline", sheet.Cell(4, 1).GetString());
        Assert.Equal([2.0, 1.0, 1.0], new[] { 3, 4, 5 }.Select(c => sheet.Cell(4, c).GetDouble())); // offered, answered, abandoned

        var recorded = await RecordedAsync(subscription.Id, s => s.LastSentAt is not null);
        Assert.Null(recorded.LastError);
    }

    [Fact]
    public async Task A_dead_smtp_server_is_recorded_and_the_next_run_mails_the_report()
    {
        _smtp.Set(Smtp(ClosedPort()));
        var subscription = await SubscribeAsync(language: null); // the center's default: Chinese

        await _scheduler.TriggerJob(ReportSubscriptionScheduler.JobOf(subscription.Id));
        var failed = await RecordedAsync(subscription.Id, s => s.LastAttemptAt is not null);
        Assert.NotNull(failed.LastError);
        Assert.Null(failed.LastSentAt);
        // The subscription and its schedule are still there (and the scheduler runs the next firing below).
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), await _database.Get<ReportSubscriptionScheduler>().NextRunAsync(subscription.Id, default));

        await using var server = await SmtpTestServer.StartAsync();
        _smtp.Set(Smtp(server.Port));
        await _scheduler.TriggerJob(ReportSubscriptionScheduler.JobOf(subscription.Id));
        var mail = await server.NextAsync();
        Assert.Equal("队列报表 2026-11-24", mail.Subject);
        var sent = await RecordedAsync(subscription.Id, s => s.LastSentAt is not null);
        Assert.Null(sent.LastError);
    }

    /// <summary>The subscription once <paramref name="done"/> holds: read again each time a report-mail job has run (the job records its result before it returns).</summary>
    private async Task<ReportSubscription> RecordedAsync(long id, Func<ReportSubscription, bool> done)
    {
        var store = _database.Get<ReportSubscriptionStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            // Read, then wait: a run ending in between is kept by the channel, so no run is missed (an earlier run's
            // signal still queued only costs one more read).
            if (await store.FindAsync(id) is { } s && done(s)) return s;
            try
            {
                await _ran.NextAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"subscription {id} was not recorded as expected");
            }
        }
    }

    /// <summary>Signals each time a report-mail job has finished running.</summary>
    private sealed class JobsRun : IJobListener
    {
        private readonly System.Threading.Channels.Channel<JobKey> _runs = System.Threading.Channels.Channel.CreateUnbounded<JobKey>();

        public string Name => "report-mail-test";

        public Task NextAsync(CancellationToken ct) => _runs.Reader.ReadAsync(ct).AsTask();

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            _runs.Writer.TryWrite(context.JobDetail.Key);
            return ValueTask.CompletedTask;
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed: a connection is refused
    }
}
