using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Descriptors;

public sealed class CustomActivityRegistrationTests
{
    private static WorkflowDefinition GreetingFlow(string customer) => new FlowBuilder("greet")
        .Variable("name", VariableType.String, customer)
        .Variable("text")
        .Activity("start", "Start")
        .Activity("hello", "Greeting", new { customerName = "{{ name }}", times = 2, text = "text" })
        .Activity("known", "Probe", new { name = "known", value = "{{ text }}" })
        .Activity("unknown", "Probe", new { name = "unknown" })
        .Connect("start", "hello")
        .Connect("hello", "Known", "known")
        .Connect("hello", "Unknown", "unknown")
        .Build();

    [Fact]
    public async Task A_custom_activity_registered_with_one_line_validates_and_runs_with_its_outcomes()
    {
        await using var host = EngineHost.Create(services: s => s.AddActivity<Greeting>());
        await host.PublishAsync(GreetingFlow("Li Lei"));

        var run = await host.StartAsync("greet");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("Dear Li Lei! Dear Li Lei!", run.Instance!.Variables["text"]);
        var hit = Assert.Single(host.Probes.Hits);
        Assert.Equal(("known", "Dear Li Lei! Dear Li Lei!"), (hit.Name, hit.Value));
    }

    [Fact]
    public async Task A_custom_activity_takes_the_outcome_it_returns()
    {
        await using var host = EngineHost.Create(services: s => s.AddActivity<Greeting>());
        await host.PublishAsync(GreetingFlow(""));

        await host.StartAsync("greet");

        Assert.Equal(["unknown"], host.Probes.Hits.Select(h => h.Name));
    }

    [Fact]
    public async Task Without_its_registration_the_custom_activity_is_an_unknown_type()
    {
        await using var host = EngineHost.Create();

        var result = await host.Definitions.PublishAsync(GreetingFlow("Li Lei"));

        Assert.False(result.Success);
        Assert.Contains(result.Validation.Errors, e => e.ActivityId == "hello" && e.Message == "unknown activity type 'Greeting'");
    }
}
