using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Expressions;

public sealed class ScriptErrorTests
{
    [Fact]
    public async Task Misspelt_variable_in_a_template_faults_with_a_message_naming_activity_and_property()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("customer_name", VariableType.String, "Li")
            .Activity("start", "Start")
            .Activity("greet", "Probe", new { value = "Hello {{ custmer_name }}" })
            .Chain("start", "greet")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var incident = Assert.Single(await host.IncidentsAsync(run.InstanceId!));
        Assert.Equal("greet", incident.ActivityId);
        Assert.Contains("activity 'greet', property 'value'", incident.Message);
        Assert.Contains("custmer_name", incident.Message);
        Assert.Contains("Hello {{ custmer_name }}", incident.Message);
        Assert.Equal(incident.Message, run.Instance!.FaultMessage);
    }

    [Fact]
    public async Task Misspelt_variable_in_an_expression_takes_the_Error_outcome_when_connected()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("balance", VariableType.Number, 5)
            .Activity("start", "Start")
            .Activity("check", "If", new { condition = Expr("balanse < 10") })
            .Activity("low", "Probe", new { name = "low" })
            .Activity("agent", "Probe", new { name = "agent" })
            .Connect("start", "check")
            .Connect("check", "True", "low")
            .Connect("check", "Error", "agent")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal((0, 1), (host.Probes.Count("low"), host.Probes.Count("agent")));
        var incident = Assert.Single(run.Incidents);
        Assert.Contains("activity 'check', property 'condition'", incident.Message);
        Assert.Contains("balanse", incident.Message);
    }

    [Fact]
    public async Task Switch_case_that_fails_at_run_time_names_the_cases_property()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("route", "Switch", new { cases = new[] { new { outcome = "Vip", condition = "tierr == 'gold'" } } })
            .Activity("vip", "Probe", new { name = "vip" })
            .Connect("start", "route")
            .Connect("route", "Vip", "vip")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("activity 'route', property 'cases'", run.Instance!.FaultMessage);
    }

    [Fact]
    public async Task Switch_takes_the_first_case_that_holds_else_Default()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("tier")
            .Variable("balance", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("route", "Switch", new
            {
                cases = new[]
                {
                    new { outcome = "Debt", condition = "balance < 0" },
                    new { outcome = "Vip", condition = "tier == 'gold'" },
                },
            })
            .Activity("debt", "Probe", new { name = "debt" })
            .Activity("vip", "Probe", new { name = "vip" })
            .Activity("other", "Probe", new { name = "other" })
            .Connect("start", "route")
            .Connect("route", "Debt", "debt")
            .Connect("route", "Vip", "vip")
            .Connect("route", "Default", "other")
            .Build());

        await host.StartAsync("f", new(Variables: new Dictionary<string, object?> { ["tier"] = "gold", ["balance"] = -5 }));
        await host.StartAsync("f", new(Variables: new Dictionary<string, object?> { ["tier"] = "gold" }));
        await host.StartAsync("f", new(Variables: new Dictionary<string, object?> { ["tier"] = "silver" }));

        Assert.Equal(["debt", "vip", "other"], host.Probes.Hits.Select(h => h.Name));
    }

    [Fact]
    public async Task Script_result_that_cannot_become_the_input_type_names_activity_and_property()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("wait", "Delay", new { duration = "{{ 'soon' }}" })
            .Chain("start", "wait")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("activity 'wait', property 'duration'", run.Instance!.FaultMessage);
    }
}
