using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>Activities no path from the start reaches are warned about, by name, so the admin can connect or delete them.</summary>
public sealed class ReachabilityTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidationResult Validate(WorkflowDefinition flow) => _host.Services.GetRequiredService<WorkflowCompiler>().Validate(flow);

    private static FlowBuilder StartToEnd() => new FlowBuilder("f")
        .Activity("start", "Start")
        .Activity("done", "Log", new { message = "done" })
        .Connect("start", "done");

    [Fact]
    public async Task A_disconnected_loop_is_a_warning_naming_both_activities_and_does_not_block_publishing()
    {
        // Each has an inbound connection, so "nothing connects to it" alone would miss them.
        var flow = StartToEnd()
            .Activity("ask", "Log", new { message = "ask" })
            .Activity("again", "Log", new { message = "again" })
            .Connect("ask", "again")
            .Connect("again", "ask")
            .Build();
        flow.Root.Activities.Single(a => a.Id == "ask").DisplayName = "Ask again";

        var result = Validate(flow);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(
            [
                ("ask", "Log \"Ask again\" (ask) is unreachable: only Log (again) leads to it, and no path from the start reaches that step. Connect it or delete it."),
                ("again", "Log (again) is unreachable: only Log \"Ask again\" (ask) leads to it, and no path from the start reaches that step. Connect it or delete it."),
            ],
            result.Warnings.Select(w => (w.ActivityId!, w.Message)));
        Assert.True((await _host.Definitions.PublishAsync(flow)).Success);
    }

    [Fact]
    public void Everything_after_an_unreachable_activity_is_unreachable_too()
    {
        var result = Validate(StartToEnd()
            .Activity("orphan", "Log", new { message = "never" })
            .Activity("after", "Log", new { message = "never either" })
            .Connect("orphan", "after")
            .Build());

        Assert.Equal(["orphan", "after"], result.Warnings.Select(w => w.ActivityId));
        Assert.Contains("nothing connects to it", result.Warnings.First().Message);
        Assert.Contains("only Log (orphan) leads to it", result.Warnings.Last().Message);
    }

    [Fact]
    public void An_activity_reached_through_an_Error_outcome_or_a_loop_back_is_reachable()
    {
        var result = Validate(StartToEnd()
            .Activity("oops", "Log", new { message = "failed" })
            .Activity("retry", "If", new { condition = FlowBuilder.Expr("false") })
            .Connect("done", "Error", "oops")
            .Connect("oops", "retry")
            .Connect("retry", "True", "done")
            .Build());

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
    }
}
