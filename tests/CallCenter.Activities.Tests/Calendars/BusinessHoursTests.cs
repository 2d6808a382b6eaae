using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Calendars;

/// <summary>BusinessHours in a flow on the seeded "12345" calendar, with the clock moved between calls.</summary>
public sealed class BusinessHoursTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("hours")
            .Variable("branch").Variable("status")
            .Activity("start", "Start")
            .Activity("hours", "BusinessHours", new { calendar = "12345", status = "status" })
            .Activity("day", "SetVariable", new { variable = "branch", value = "day service" })
            .Activity("night", "SetVariable", new { variable = "branch", value = "night service" })
            .Activity("holiday", "SetVariable", new { variable = "branch", value = "holiday message" })
            .Connect("start", "hours")
            .Connect("hours", "Open", "day").Connect("hours", "Closed", "night").Connect("hours", "Holiday", "holiday")
            .Build());
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00+08:00", "day service", "Open")]
    [InlineData("2026-11-25T20:00:00+08:00", "night service", "Closed")]
    [InlineData("2026-11-28T10:00:00+08:00", "night service", "Closed")]
    [InlineData("2026-12-01T09:00:00+08:00", "day service", "Open")]
    [InlineData("2026-12-10T12:15:00+08:00", "night service", "Closed")]
    public async Task The_clock_decides_between_day_and_night_service(string now, string branch, string status)
    {
        _host.Time.SetUtcNow(DateTimeOffset.Parse(now));
        var run = await _host.RunAsync("hours");
        Assert.Equal((branch, status), ((string?)run.Instance!.Variables["branch"], (string?)run.Instance.Variables["status"]));
    }

    [Fact]
    public async Task National_Day_takes_Holiday_and_the_Saturday_worked_in_exchange_is_a_working_day()
    {
        await using var host = await ActivityHost.StartAsync(now: DateTimeOffset.Parse("2026-09-01T00:00:00+08:00"));
        await host.PublishAsync(new FlowBuilder("h").Variable("status")
            .Activity("start", "Start").Activity("hours", "BusinessHours", new { calendar = "12345", status = "status" }).Chain("start", "hours").Build());

        host.Time.SetUtcNow(DateTimeOffset.Parse("2026-10-01T10:00:00+08:00"));
        var holiday = await host.RunAsync("h");
        host.Time.SetUtcNow(DateTimeOffset.Parse("2026-10-10T10:00:00+08:00"));
        var swapped = await host.RunAsync("h");
        host.Time.SetUtcNow(DateTimeOffset.Parse("2026-10-11T10:00:00+08:00"));
        var sunday = await host.RunAsync("h");

        Assert.Equal([("start", "Done"), ("hours", "Holiday")], await host.PathAsync(holiday.InstanceId!));
        Assert.Equal(("Open", "Closed"), (swapped.Instance!.Variables["status"], sunday.Instance!.Variables["status"]));
    }

    [Fact]
    public async Task An_unknown_calendar_faults_the_instance_naming_the_calendar()
    {
        await _host.PublishAsync(new FlowBuilder("bad").Activity("start", "Start").Activity("hours", "BusinessHours", new { calendar = "nope" }).Chain("start", "hours").Build());
        var run = await _host.RunAsync("bad");
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("'nope'", Assert.Single(run.Incidents).Message);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
