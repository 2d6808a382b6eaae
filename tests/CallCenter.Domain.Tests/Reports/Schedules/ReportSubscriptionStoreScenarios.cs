using CallCenter.Domain.Agents;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Schedules;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Reports.Schedules;

/// <summary>
/// Saving report subscriptions (a real database — SQLite file or PostgreSQL — with the Quartz job store in it): what is refused and why, per
/// field; what is cleaned; and that each change arms, re-arms or removes the subscription's cron job in the center's zone
/// (Asia/Shanghai; the clock says Wednesday 2026-11-25 10:00 there).
/// </summary>
public abstract class ReportSubscriptionStoreScenarios : IAsyncLifetime
{
    private DomainDatabase _database = null!;

    /// <summary>The services as the Portal registers them for report mails, on the center's zone Asia/Shanghai.</summary>
    protected static void Configure(IServiceCollection services) =>
        services.AddCallCenterReports().AddReportSubscriptions().Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai");

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    private ReportSubscriptionStore Store => _database.Get<ReportSubscriptionStore>();
    private ReportSubscriptionScheduler Scheduler => _database.Get<ReportSubscriptionScheduler>();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static ReportSubscription Weekly() => new()
    {
        Report = "queue", Queue = " hotline ", Frequency = ReportFrequency.Weekly, DayOfWeek = DayOfWeek.Monday, TimeOfDay = new TimeOnly(8, 30, 45),
        Recipients = [" boss@example.com", "", "team@example.com", "BOSS@example.com"], Owner = "manager",
    };

    [Fact]
    public async Task A_valid_subscription_is_saved_cleaned_and_armed_for_its_next_run_in_the_centers_time_zone()
    {
        var result = await Store.SaveAsync(Weekly());
        Assert.Equal(SaveStatus.Created, result.Status);
        var saved = (await Store.FindAsync(result.Subscription!.Id))!;
        Assert.Equal("hotline", saved.Queue);
        Assert.Equal(["boss@example.com", "team@example.com"], saved.Recipients); // blanks and a duplicate in other case dropped
        Assert.Equal(new TimeOnly(8, 30), saved.TimeOfDay); // minutes, not seconds
        // Next Monday 08:30 in Shanghai = 00:30 UTC on 2026-11-30.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 30, 0, TimeSpan.Zero), await Scheduler.NextRunAsync(saved.Id, default));
    }

    [Fact]
    public async Task Daily_and_monthly_schedules_fire_at_the_local_time_on_the_right_day()
    {
        var daily = (await Store.SaveAsync(Weekly())).Subscription!;
        daily.Frequency = ReportFrequency.Daily;
        daily.TimeOfDay = new TimeOnly(7, 0);
        Assert.Equal(SaveStatus.Updated, (await Store.SaveAsync(daily)).Status);
        // 07:00 tomorrow in Shanghai (today's 07:00 has passed at 10:00) = 23:00 UTC today.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero), await Scheduler.NextRunAsync(daily.Id, default));

        var monthly = Weekly();
        monthly.Frequency = ReportFrequency.Monthly;
        monthly.DayOfMonth = 1;
        monthly.TimeOfDay = new TimeOnly(6, 15);
        var saved = (await Store.SaveAsync(monthly)).Subscription!;
        // 1 December 06:15 in Shanghai = 30 November 22:15 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 22, 15, 0, TimeSpan.Zero), await Scheduler.NextRunAsync(saved.Id, default));
    }

    [Fact]
    public async Task Each_wrong_field_is_refused_with_a_message_for_that_field()
    {
        var input = new ReportSubscription
        {
            Report = "calls", Frequency = ReportFrequency.Monthly, DayOfMonth = 31, Language = "fr", Owner = "manager",
            Recipients = ["not-an-address", "Boss <boss@example.com>", "boss@example.com;team@example.com"], Queue = new string('q', 101),
        };
        var result = await Store.SaveAsync(input);
        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Null(result.Subscription);
        Assert.Equal(["Choose a report that can be mailed."], Messages(result, "report"));
        Assert.Equal(["Choose a day from 1 to 28, so that every month has it."], Messages(result, "dayOfMonth"));
        Assert.Equal(["Choose Chinese or English."], Messages(result, "language"));
        Assert.Equal(["At most 100 characters."], Messages(result, "queue"));
        Assert.Equal(["not-an-address is not a mail address.", "Boss <boss@example.com> is not a mail address.", "boss@example.com;team@example.com is not a mail address."],
            Messages(result, "recipients"));
        Assert.Empty(await Store.ListAsync(null));
    }

    [Fact]
    public async Task A_subscription_needs_a_recipient_and_at_most_the_configured_number()
    {
        var none = Weekly();
        none.Recipients = ["  "];
        Assert.Equal(["Enter at least one mail address."], Messages(await Store.SaveAsync(none), "recipients"));
        var many = Weekly();
        many.Recipients = Enumerable.Range(1, 21).Select(i => $"person{i}@example.com").ToList();
        Assert.Equal(["At most 20 mail addresses."], Messages(await Store.SaveAsync(many), "recipients"));
    }

    [Fact]
    public async Task An_update_keeps_the_owner_and_the_record_and_disabling_stops_the_schedule_but_keeps_the_job()
    {
        var created = (await Store.SaveAsync(Weekly())).Subscription!;
        var sentAt = new DateTime(2026, 11, 23, 0, 30, 0, DateTimeKind.Utc);
        await Store.RecordAsync(created.Id, sentAt, null);
        var edit = (await Store.FindAsync(created.Id))!;
        edit.Owner = "someone-else";
        edit.Recipients = ["new@example.com"];
        Assert.Equal(SaveStatus.Updated, (await Store.SaveAsync(edit)).Status);
        var updated = (await Store.FindAsync(created.Id))!;
        Assert.Equal(("manager", sentAt), (updated.Owner, updated.LastSentAt));
        Assert.Equal(["new@example.com"], updated.Recipients);

        Assert.True(await Store.SetEnabledAsync(created.Id, false));
        Assert.Null(await Scheduler.NextRunAsync(created.Id, default));
        Assert.True(await Scheduler.IsArmedAsync(created.Id, default)); // "send now" still has its job
        Assert.True(await Store.SetEnabledAsync(created.Id, true));
        Assert.NotNull(await Scheduler.NextRunAsync(created.Id, default));

        Assert.True(await Store.DeleteAsync(created.Id));
        Assert.False(await Scheduler.IsArmedAsync(created.Id, default));
        Assert.Null(await Store.FindAsync(created.Id));
        Assert.False(await Store.DeleteAsync(created.Id));
    }

    [Fact]
    public async Task Each_user_lists_their_own_subscriptions_and_a_null_owner_lists_all()
    {
        await Store.SaveAsync(Weekly());
        var other = Weekly();
        other.Owner = "supervisor";
        other.Report = "agents";
        await Store.SaveAsync(other);
        Assert.Equal(["queue"], (await Store.ListAsync("manager")).Select(s => s.Report));
        Assert.Equal(["agents", "queue"], (await Store.ListAsync(null)).Select(s => s.Report));
    }

    [Fact]
    public async Task Updating_a_deleted_subscription_says_it_no_longer_exists()
    {
        var missing = Weekly();
        missing.Id = 999;
        var result = await Store.SaveAsync(missing);
        Assert.Equal(SaveStatus.NotFound, result.Status);
    }

    private static string[] Messages(ReportSubscriptionSaveResult result, string field) =>
        result.Errors.TryGetValue(field, out var messages) ? messages.Select(m => m.ToString()).ToArray() : [];
}
