using Bunit;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Designer.Tests.Properties;
using CallCenter.Designer.Validation;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Validation;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer.Tests.Validation;

/// <summary>The problem list shows the Engine's own validation: counted, errors first, named by activity, clickable to the node; publishing refused while errors exist.</summary>
public sealed class ProblemListTests : IAsyncDisposable
{
    private PanelUi _ui = null!;
    private readonly List<string> _selected = [];

    // Start → If (a broken condition) → Play; a Play nothing connects to.
    private static WorkflowDefinition Flow() => new()
    {
        Id = "check", Name = "Check",
        Root = new Flowchart
        {
            Activities =
            [
                PanelHost.NodeOf("start", "Start"),
                PanelHost.NodeOf("check", "If", """{"condition": {"expression": "balance < (10"}}"""),
                PanelHost.NodeOf("low", "Play", """{"text": "余额不足"}"""),
                PanelHost.NodeOf("orphan", "Play", """{"text": "never"}"""),
            ],
            Connections = [new Connection("start", "Done", "check"), new Connection("check", "True", "low")],
        },
    };

    private IRenderedComponent<ProblemList> Render(string culture, WorkflowDefinition flow, ValidationResult result)
    {
        _ui = new PanelUi(culture);
        flow.Root.Activities.Single(a => a.Id == "check").DisplayName = "Low balance?";
        return _ui.Context.Render<ProblemList>(p => p
            .Add(c => c.Result, result)
            .Add(c => c.Definition, flow)
            .Add(c => c.OnSelectNode, EventCallback.Factory.Create<string>(this, _selected.Add)));
    }

    private static ValidationResult Validate(WorkflowDefinition flow) => new WorkflowCompiler(RealActivities.Registry, new ExpressionEngine()).Validate(flow);

    [Fact]
    public void The_engines_bad_expression_error_and_unreachable_warning_are_listed_counted_and_block_publishing()
    {
        var flow = Flow();
        var list = Render("en", flow, Validate(flow));

        Assert.Equal("1 error, 1 warning", list.Find("#problem-summary").TextContent.Trim());
        Assert.Contains("Publishing is refused while errors exist", list.Find("#problem-publish-refused").TextContent);
        var error = list.Find("#problem-0");
        Assert.Equal(("check", "Error"), (error.GetAttribute("data-node"), error.GetAttribute("data-severity")));
        Assert.Contains("expression error", error.QuerySelector(".problem-message")!.TextContent);
        Assert.Equal("Low balance? (check) · Condition", error.QuerySelector(".problem-where")!.TextContent);
        var warning = list.Find("#problem-1");
        Assert.Equal(("orphan", "Warning"), (warning.GetAttribute("data-node"), warning.GetAttribute("data-severity")));
        Assert.Contains("unreachable", warning.TextContent);
        Assert.Equal("Play (orphan)", warning.QuerySelector(".problem-where")!.TextContent);
    }

    [Fact]
    public async Task A_click_or_Enter_on_a_problem_selects_its_node()
    {
        var flow = Flow();
        var list = Render("en", flow, Validate(flow));

        await list.Find("#problem-1").ClickAsync();
        await list.Find("#problem-0").PressAsync("Enter");

        Assert.Equal(["orphan", "check"], _selected);
    }

    [Fact]
    public async Task In_Chinese_the_summary_and_the_node_names_are_Chinese_and_a_flow_level_problem_selects_nothing()
    {
        var result = new ValidationResult([
            new ValidationError(null, "name", "the workflow has no name"),
            new ValidationError("orphan", null, "unreachable: nothing connects to this activity", ValidationSeverity.Warning),
            new ValidationError("orphan", "prompt", "prompt 'x' is not in the prompt library: upload it first", ValidationSeverity.Warning),
        ]);
        var list = Render("zh-CN", Flow(), result);

        Assert.Equal("1 个错误，2 个警告", list.Find("#problem-summary").TextContent.Trim());
        Assert.Equal("整个流程 · name", list.Find("#problem-0 .problem-where").TextContent);
        Assert.Equal("放音 (orphan) · 提示音", list.Find("#problem-2 .problem-where").TextContent);
        await list.Find("#problem-0").ClickAsync();
        Assert.Empty(_selected);
    }

    [Fact]
    public void A_valid_flow_says_so_and_allows_publishing()
    {
        var flow = Flow();
        flow.Root.Activities.RemoveAll(a => a.Id == "orphan");
        flow.Root.Activities.Single(a => a.Id == "check").Properties["condition"] = CallCenter.Designer.Properties.PropertyValues.Expression("1 < 10");
        var result = Validate(flow);
        var list = Render("en", flow, result);

        Assert.True(ProblemCount.Of(result).CanPublish);
        Assert.Equal("No problems found.", list.Find("#problem-summary").TextContent.Trim());
        Assert.Empty(list.FindAll("#problem-publish-refused"));
        Assert.Empty(list.FindAll(".problem-item"));
    }

    public ValueTask DisposeAsync() => _ui?.DisposeAsync() ?? ValueTask.CompletedTask;
}
