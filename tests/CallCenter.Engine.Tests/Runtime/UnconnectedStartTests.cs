using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Runtime;

/// <summary>A drawn flow whose Start leads nowhere is unfinished: publishing refuses it and names the Start.</summary>
public sealed class UnconnectedStartTests
{
    [Fact]
    public async Task Publishing_refuses_a_start_whose_Done_is_not_connected_and_names_it_then_accepts_it_connected()
    {
        await using var host = EngineHost.Create();
        var unfinished = new FlowBuilder("drawn").Activity("start", "Start").Activity("probe1", "Probe", new { name = "p" }).Build();

        var refused = await host.Definitions.PublishAsync(unfinished);
        var checkedBefore = await host.Definitions.ValidateAsync(unfinished);

        Assert.False(refused.Success);
        var error = Assert.Single(refused.Validation.Errors);
        Assert.Equal("start", error.ActivityId);
        Assert.Contains("Done", error.Message);
        Assert.Equal(refused.Validation.Errors, checkedBefore.Errors);
        Assert.Equal(0, await host.DefinitionStore.GetLatestVersionAsync("drawn"));

        unfinished.Root.Connections.Add(new("start", "Done", "probe1"));
        Assert.Equal(1, (await host.Definitions.PublishAsync(unfinished)).Version);
    }

    [Fact]
    public async Task A_lone_start_stays_a_valid_empty_flow()
    {
        await using var host = EngineHost.Create();

        var result = await host.Definitions.PublishAsync(new FlowBuilder("empty").Activity("start", "Start").Build());

        Assert.True(result.Success, result.ToString());
    }
}
