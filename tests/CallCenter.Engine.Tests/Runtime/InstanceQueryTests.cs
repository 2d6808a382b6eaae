using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class InstanceQueryTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();
    private readonly List<string> _waiting = [];
    private readonly List<string> _done = [];

    public async Task InitializeAsync()
    {
        await _host.PublishAsync(new FlowBuilder("waits")
            .Activity("start", "Start").Activity("wait", "Event", new { eventName = "Go" }).Chain("start", "wait").Build());
        await _host.PublishAsync(new FlowBuilder("quick").Activity("start", "Start").Build());
        for (var i = 0; i < 3; i++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            _waiting.Add((await _host.StartAsync("waits", new StartOptions(CorrelationId: $"call-{i}"))).InstanceId!);
        }
        for (var i = 0; i < 2; i++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            _done.Add((await _host.StartAsync("quick")).InstanceId!);
        }
        await _host.Runtime.CancelAsync(_waiting[0]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string[]> QueryAsync(InstanceQuery query) => [.. (await _host.Runtime.QueryInstancesAsync(query)).Select(i => i.Id)];

    [Fact]
    public async Task Instances_are_listed_by_definition_newest_first()
    {
        Assert.Equal([_waiting[2], _waiting[1], _waiting[0]], await QueryAsync(new InstanceQuery(DefinitionId: "waits")));
        Assert.Equal([_done[1], _done[0]], await QueryAsync(new InstanceQuery(DefinitionId: "quick")));
    }

    [Fact]
    public async Task Instances_are_filtered_by_status()
    {
        Assert.Equal([_waiting[2], _waiting[1]], await QueryAsync(new InstanceQuery(Status: WorkflowStatus.Suspended)));
        Assert.Equal([_waiting[0]], await QueryAsync(new InstanceQuery(Status: WorkflowStatus.Cancelled)));
        Assert.Equal([_done[1], _done[0]], await QueryAsync(new InstanceQuery(Status: WorkflowStatus.Finished)));
        Assert.Empty(await QueryAsync(new InstanceQuery(DefinitionId: "quick", Status: WorkflowStatus.Suspended)));
    }

    [Fact]
    public async Task Instances_are_found_by_correlation_id_and_paged()
    {
        Assert.Equal([_waiting[1]], await QueryAsync(new InstanceQuery(CorrelationId: "call-1")));
        Assert.Equal([_done[0], _waiting[2]], await QueryAsync(new InstanceQuery(Skip: 1, Take: 2)));
    }

    [Fact]
    public async Task An_instance_is_fetched_by_id_with_its_state()
    {
        var instance = await _host.Runtime.GetInstanceAsync(_waiting[1]);

        Assert.NotNull(instance);
        Assert.Equal(("waits", 1, WorkflowStatus.Suspended, "call-1"), (instance.DefinitionId, instance.Version, instance.Status, instance.CorrelationId));
        Assert.Equal("wait", Assert.Single(instance.Bookmarks).ActivityId);
        Assert.Null(await _host.Runtime.GetInstanceAsync("missing"));
    }
}
