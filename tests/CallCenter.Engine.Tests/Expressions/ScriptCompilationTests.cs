using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Expressions;

public sealed class ScriptCompilationTests
{
    [Fact]
    public void The_same_source_compiles_once_to_one_shared_script()
    {
        var engine = new ExpressionEngine();

        var first = engine.Compile("Hello {{ name }}", ScriptKind.Template);
        var second = engine.Compile("Hello {{ name }}", ScriptKind.Template);
        var asExpression = engine.Compile("name", ScriptKind.Expression);

        Assert.Same(first.Script, second.Script);
        Assert.NotSame(first.Script, asExpression.Script);
        Assert.Equal(ScriptKind.Expression, asExpression.Script!.Kind);
    }

    [Fact]
    public async Task Templates_are_shared_by_every_node_and_version_that_uses_them()
    {
        await using var host = EngineHost.Create();
        FlowBuilder Flow() => new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("a", "Log", new { message = "Welcome {{ workflow.id }}" })
            .Activity("b", "Log", new { message = "Welcome {{ workflow.id }}" })
            .Chain("start", "a", "b");
        await host.PublishAsync(Flow().Build());
        await host.PublishAsync(Flow().Build());
        var cache = host.Services.GetRequiredService<WorkflowCache>();

        var v1 = await cache.GetAsync("f", 1, default);
        var v2 = await cache.GetAsync("f", 2, default);

        var scripts = new[] { v1!.Nodes["a"], v1.Nodes["b"], v2!.Nodes["a"], v2.Nodes["b"] }
            .Select(n => ((Log)n.Activity).Message.Script).ToList();
        Assert.All(scripts, s => Assert.NotNull(s));
        Assert.All(scripts, s => Assert.Same(scripts[0], s));
    }

    [Fact]
    public void Plain_text_stays_a_literal_and_text_with_braces_becomes_a_template()
    {
        Assert.False(ExpressionEngine.IsTemplate("Press 1 for sales"));
        Assert.True(ExpressionEngine.IsTemplate("Hello {{ name }}"));
    }

    [Fact]
    public async Task A_compiled_flow_version_is_cached_not_recompiled_per_start()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f").Activity("start", "Start").Build());
        var cache = host.Services.GetRequiredService<WorkflowCache>();

        var first = await cache.GetPublishedAsync("f", default);
        await host.StartAsync("f");
        var second = await cache.GetPublishedAsync("f", default);

        Assert.Same(first, second);
    }
}
