using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>SetCallAttributes: what a designer gets wrong is refused at publish; run without a call it faults with a clear message.</summary>
public sealed class SetCallAttributesTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync() => _host = await CallHost.StartAsync(seed: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task No_attribute_a_too_long_name_or_a_broken_template_refuse_the_publish()
    {
        var result = await _host.Get<WorkflowDefinitionService>().PublishAsync(new FlowBuilder("bad-attributes")
            .Activity("start", "Start")
            .Activity("none", "SetCallAttributes", new { attributes = new Dictionary<string, string>() })
            .Activity("bad", "SetCallAttributes", new { attributes = new Dictionary<string, string> { [new string('n', 65)] = "x", ["score"] = "{{ if }}" } })
            .Chain("start", "none", "bad").Build());

        Assert.False(result.Success);
        var errors = result.Validation.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("activity 'none', property 'attributes': no attribute to set", errors);
        Assert.Contains(errors, e => e.StartsWith("activity 'bad', property 'attributes': attribute name 'nnnn") && e.EndsWith("must be 1–64 characters"));
        Assert.Contains(errors, e => e.StartsWith("activity 'bad', property 'attributes': attribute 'score': template error"));
    }

    [Fact]
    public async Task Without_a_call_the_activity_faults_saying_it_needs_one()
    {
        await _host.PublishAsync(new FlowBuilder("no-call")
            .Activity("start", "Start")
            .Activity("keep", "SetCallAttributes", new { attributes = new Dictionary<string, string> { ["score"] = "5" } })
            .Chain("start", "keep").Build());

        var run = await _host.RunAsync("no-call");

        Assert.Equal(WorkflowStatus.Faulted, run.Instance!.Status);
        Assert.Contains("call attributes need the call this flow serves", Assert.Single(run.Incidents).Message);
    }
}
