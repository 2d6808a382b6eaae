using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Expressions;

/// <summary>Scriban's <c>date.now</c> reads the engine's clock in the center zone (08:00 Asia/Shanghai here), like <c>now</c>, never the host's.</summary>
public sealed class DateNowTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static WorkflowDefinition Stamp(string id, params (string Variable, string Value)[] sets)
    {
        var flow = new FlowBuilder(id).Activity("start", "Start");
        var previous = "start";
        foreach (var (variable, value) in sets)
        {
            flow.Variable(variable).Activity("set-" + variable, "SetVariable", new { variable, value }).Connect(previous, "set-" + variable);
            previous = "set-" + variable;
        }
        return flow.Build();
    }

    [Fact]
    public async Task Date_now_is_the_engine_clock_in_the_center_zone_and_moves_with_it()
    {
        await _host.PublishAsync(Stamp("stamp", ("at", "{{ date.now | date.to_string '%Y-%m-%d %H:%M' }}"), ("hour", "{{ date.now.hour }}")));

        var first = await _host.StartAsync("stamp");
        _host.Time.Advance(TimeSpan.FromMinutes(90));
        var second = await _host.StartAsync("stamp");

        Assert.Equal(("2025-01-06 08:00", "8"), (first.Instance!.Variables["at"], first.Instance.Variables["hour"]));
        Assert.Equal("2025-01-06 09:30", second.Instance!.Variables["at"]);
    }

    [Fact]
    public async Task A_flow_variable_named_date_still_hides_the_date_functions()
    {
        await _host.PublishAsync(new FlowBuilder("named")
            .Variable("date", defaultValue: "2025-02-03").Variable("copy")
            .Activity("start", "Start")
            .Activity("copy", "SetVariable", new { variable = "copy", value = "{{ date }}" })
            .Connect("start", "copy")
            .Build());

        var run = await _host.StartAsync("named");

        Assert.Equal("2025-02-03", run.Instance!.Variables["copy"]);
    }
}
