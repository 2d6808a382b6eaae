using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.InMemory;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class RestartTests
{
    private static WorkflowDefinition Flow(string path) => new FlowBuilder("ticket")
        .Variable("note", VariableType.String, "")
        .Activity("start", "Start")
        .Activity("remember", "SetVariable", new { variable = "note", value = "{{ input.note }}" })
        .Activity("wait", "Event", new { eventName = "Reply" })
        .Activity(path, "Probe", new { name = path, value = "{{ note }}" })
        .Chain("start", "remember", "wait", path)
        .Build();

    [Fact]
    public async Task After_a_restart_a_waiting_instance_is_reloaded_and_resumes_on_the_version_it_started_with()
    {
        InMemoryInstanceStore instances;
        IDefinitionStore definitions;
        string id;
        await using (var before = EngineHost.Create())
        {
            instances = before.Services.GetRequiredService<InMemoryInstanceStore>();
            definitions = before.DefinitionStore;
            await before.PublishAsync(Flow("v1-path"));
            id = (await before.StartAsync("ticket", new(Input: new Dictionary<string, object?> { ["note"] = "printer broken" }))).InstanceId!;
            await before.PublishAsync(Flow("v2-path"));
        }

        // A new process on the same stores: nothing compiled, nothing cached.
        await using var after = EngineHost.Create(services: s => s.AddSingleton(instances).AddSingleton(definitions));
        var resumed = Assert.Single(await after.Runtime.ResumeByStimulusAsync("Event", "Reply"));
        var fresh = await after.StartAsync("ticket");

        Assert.Equal((id, 1, WorkflowStatus.Finished), (resumed.InstanceId, resumed.Instance!.Version, resumed.Status));
        Assert.Equal(("v1-path", "printer broken"), (after.Probes.Hits.Single().Name, after.Probes.Hits.Single().Value));
        Assert.Equal(2, fresh.Instance!.Version);
    }
}
