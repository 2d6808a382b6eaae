using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

/// <summary>Times written without an offset are the center's wall-clock times (Asia/Shanghai here), never the server's.</summary>
public sealed class CenterTimeZoneTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("2025-01-06T10:00:00")]
    [InlineData("2025-01-06 10:00")]
    [InlineData("2025-01-06T10:00:00+08:00")]
    [InlineData("2025-01-06T02:00:00Z")]
    public async Task StartAt_reads_a_literal_time_in_the_center_zone_unless_it_carries_an_offset(string at)
    {
        await _host.PublishAsync(new FlowBuilder("callback")
            .Activity("start", "Start")
            .Activity("wait", "StartAt", new { at })
            .Connect("start", "wait")
            .Build());

        var run = await _host.StartAsync("callback");

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(new DateTimeOffset(2025, 1, 6, 2, 0, 0, TimeSpan.Zero), Assert.Single(run.Bookmarks).ResumeAt);
    }

    [Fact]
    public async Task StartAt_reads_text_computed_by_a_script_in_the_center_zone()
    {
        await _host.PublishAsync(new FlowBuilder("callback")
            .Activity("start", "Start")
            .Activity("wait", "StartAt", new { at = "{{ '2025-01-06 10:00' }}" })
            .Connect("start", "wait")
            .Build());

        var run = await _host.StartAsync("callback");

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 2, 0, 0, TimeSpan.Zero), Assert.Single(run.Bookmarks).ResumeAt);
    }
}
