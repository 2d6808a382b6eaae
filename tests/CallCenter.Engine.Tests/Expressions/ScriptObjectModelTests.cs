using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Expressions;

public sealed class ScriptObjectModelTests
{
    private static async Task<object?> ProbeValueAsync(EngineHost host, object value, FlowBuilder? flow = null, StartOptions? options = null)
    {
        await host.PublishAsync((flow ?? new FlowBuilder("f"))
            .Activity("start", "Start")
            .Activity("probe", "Probe", new { value })
            .Chain("start", "probe")
            .Build());
        await host.StartAsync("f", options);
        return Assert.Single(host.Probes.Hits).Value;
    }

    [Fact]
    public async Task Scripts_see_variables_by_name_including_nested_object_fields()
    {
        await using var host = EngineHost.Create();

        var value = await ProbeValueAsync(host, "{{ customer.name }} owes {{ balance * 2 }}",
            new FlowBuilder("f").Variable("customer", VariableType.Object, new { name = "王芳" }).Variable("balance", VariableType.Number, 21));

        Assert.Equal("王芳 owes 42", value);
    }

    [Fact]
    public async Task Scripts_see_the_input_given_to_the_run()
    {
        await using var host = EngineHost.Create();

        var value = await ProbeValueAsync(host, Expr("input.digits + '#'"),
            options: new StartOptions(Input: new Dictionary<string, object?> { ["digits"] = "123" }));

        Assert.Equal("123#", value);
    }

    [Theory]
    [InlineData("Asia/Shanghai", 10)]
    [InlineData("UTC", 2)]
    [InlineData("America/New_York", 21)]
    public async Task Now_is_wall_time_in_the_configured_time_zone(string zone, int hour)
    {
        await using var host = EngineHost.Create(o => o.TimeZone = zone, now: new DateTimeOffset(2025, 3, 1, 2, 30, 0, TimeSpan.Zero));

        var value = await ProbeValueAsync(host, Expr("now.hour"));

        Assert.Equal(hour, Convert.ToInt32(value));
    }

    [Fact]
    public async Task Now_follows_the_clock_between_runs()
    {
        await using var host = EngineHost.Create(now: new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("first", "Probe", new { name = "first", value = Expr("now.hour") })
            .Activity("wait", "Delay", new { duration = "03:00:00" })
            .Activity("second", "Probe", new { name = "second", value = Expr("now.hour") })
            .Chain("start", "first", "wait", "second")
            .Build());
        var run = await host.StartAsync("f");

        host.Time.Advance(TimeSpan.FromHours(3));
        await host.WaitForStatusAsync(run.InstanceId!, WorkflowStatus.Finished);

        Assert.Equal([8, 11], host.Probes.Hits.Select(h => Convert.ToInt32(h.Value)));
    }

    [Fact]
    public async Task Scripts_see_the_workflow_id_version_instance_id_and_correlation_id()
    {
        await using var host = EngineHost.Create();
        FlowBuilder Flow() => new FlowBuilder("ivr")
            .Activity("start", "Start")
            .Activity("probe", "Probe", new { value = "{{ workflow.id }}|{{ workflow.version }}|{{ workflow.instance_id }}|{{ workflow.correlation_id }}" })
            .Chain("start", "probe");
        await host.PublishAsync(Flow().Build());
        await host.PublishAsync(Flow().Build());

        var run = await host.StartAsync("ivr", new StartOptions(CorrelationId: "call-7"));

        Assert.Equal($"ivr|2|{run.InstanceId}|call-7", Assert.Single(host.Probes.Hits).Value);
    }

    [Fact]
    public async Task A_variable_set_earlier_in_the_run_is_seen_by_later_scripts()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("total", VariableType.Number, 1)
            .Activity("start", "Start")
            .Activity("double", "SetVariable", new { variable = "total", value = Expr("total * 10") })
            .Activity("probe", "Probe", new { value = Expr("total + 1") })
            .Chain("start", "double", "probe")
            .Build());

        await host.StartAsync("f");

        Assert.Equal(11L, Convert.ToInt64(Assert.Single(host.Probes.Hits).Value));
    }

    [Fact]
    public async Task Template_in_a_boolean_input_is_read_as_true_or_false()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("vip", VariableType.Boolean, true)
            .Activity("start", "Start")
            .Activity("check", "If", new { condition = "{{ vip }}" })
            .Activity("yes", "Probe", new { name = "yes" })
            .Connect("start", "check")
            .Connect("check", "True", "yes")
            .Build());

        await host.StartAsync("f");
        await host.StartAsync("f", new StartOptions(Variables: new Dictionary<string, object?> { ["vip"] = false }));

        Assert.Equal(1, host.Probes.Count("yes"));
    }

    [Fact]
    public async Task Renders_do_not_leak_text_or_assignments_between_instances()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Variable("n", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("probe", "Probe", new { value = "[{{ n }}]{{ secret = n }}" })
            .Chain("start", "probe")
            .Build());
        await host.PublishAsync(new FlowBuilder("g")
            .Activity("start", "Start")
            .Activity("peek", "Probe", new { name = "peek", value = Expr("secret") })
            .Chain("start", "peek")
            .Build());

        for (var n = 1; n <= 5; n++)
            await host.StartAsync("f", new StartOptions(Variables: new Dictionary<string, object?> { ["n"] = n }));
        var other = await host.StartAsync("g");

        Assert.Equal(["[1]", "[2]", "[3]", "[4]", "[5]"], host.Probes.Hits.Select(h => h.Value));
        Assert.Equal(WorkflowStatus.Faulted, other.Status);
        Assert.Contains("secret", other.Instance!.FaultMessage);
    }
}
