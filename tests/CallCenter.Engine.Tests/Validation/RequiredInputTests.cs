using CallCenter.Engine.Execution;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>Required inputs left empty are reported once each, whatever form the emptiness takes.</summary>
public sealed class RequiredInputTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidationResult Validate(FlowBuilder flow) => _host.Services.GetRequiredService<WorkflowCompiler>().Validate(flow.Build());

    [Fact]
    public void A_timer_without_a_cron_is_reported_once()
    {
        var result = Validate(new FlowBuilder("t").Activity("node", "Timer", new { cron = "" }));
        ValidationAssert.SingleError(result, "node", "cron", "is required");
    }

    [Fact]
    public void A_switch_with_an_empty_case_list_is_refused()
    {
        var result = Validate(new FlowBuilder("s").Activity("start", "Start").Activity("node", "Switch", new { cases = Array.Empty<object>() }).Connect("start", "node"));
        ValidationAssert.SingleError(result, "node", "cases", "is required");
    }
}
