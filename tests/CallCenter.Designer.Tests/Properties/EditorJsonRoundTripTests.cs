using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>What the editors write is what the Engine compiles: a Menu edited in the panel validates and gets one outcome per option.</summary>
public sealed class EditorJsonRoundTripTests : IAsyncDisposable
{
    private readonly PanelUi _ui = new("en");

    [Fact]
    public async Task A_menu_edited_in_the_panel_compiles_with_its_options_as_outcomes_and_its_timeout()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu"), RealActivities.Descriptor("Menu"), [new VariableDefinition { Name = "key" }]);
        var panel = host.Render();

        await panel.Find("#prop-text").TypeAsync("请按键，{{ caller }}");
        await panel.Find("#prop-options-add").ClickAsync();
        await panel.Find("#prop-options-0-digit").TypeAsync("1");
        await panel.Find("#prop-options-0-outcome").TypeAsync("sales");
        await panel.Find("#prop-options-add").ClickAsync();
        await panel.Find("#prop-options-1-digit").TypeAsync("2");
        await panel.Find("#prop-timeout").TypeAsync("00:00:08");
        await panel.Find("#prop-attempts").TypeAsync("2");
        await panel.Find("#prop-bargeIn").ChangeToAsync(false);
        await panel.Find("#prop-digit").TypeAsync("key");
        await panel.Find("#prop-attempts-mode").ChangeToAsync(true);
        await panel.Find("#prop-attempts-expression").TypeAsync("1 + 1");

        var definition = new WorkflowDefinition
        {
            Id = "menu-test", Name = "Menu test",
            Variables = [new VariableDefinition { Name = "key" }],
            Root = new Flowchart
            {
                Activities = [PanelHost.NodeOf("start", "Start"), host.Node, PanelHost.NodeOf("end", "End")],
                // Each option must lead somewhere (the engine refuses an option that leads nowhere).
                Connections = [new Connection("start", "Done", "menu"), new Connection("menu", "sales", "end"), new Connection("menu", "2", "end")],
            },
        };
        var compilation = new WorkflowCompiler(RealActivities.Registry, new ExpressionEngine()).Compile(definition);

        Assert.Empty(compilation.Validation.Problems);
        var menu = (CallCenter.Activities.Calls.Menu)compilation.Workflow!.Nodes["menu"].Activity;
        Assert.Equal(["sales", "2", "Timeout", "Invalid"], menu.GetDynamicOutcomes());
        Assert.Equal(TimeSpan.FromSeconds(8), menu.Timeout.Literal);
        Assert.True(menu.Attempts.IsExpression);
        Assert.False(menu.BargeIn.Literal);
    }

    [Fact]
    public void Shapes_follow_the_value_type_a_record_list_by_its_settable_properties_a_map_by_key_and_value()
    {
        var options = KeyValueShape.For(typeof(List<CallCenter.Activities.Calls.MenuOption>));
        Assert.Equal(["digit", "outcome"], options.Columns.Select(c => c.JsonName)); // not the computed OutcomeName
        Assert.False(options.IsMap);
        var cases = KeyValueShape.For(typeof(List<CallCenter.Engine.Activities.SwitchCase>));
        Assert.Equal(["outcome", "condition"], cases.Columns.Select(c => c.JsonName));
        var inputs = KeyValueShape.For(typeof(Dictionary<string, object?>));
        Assert.True(inputs.IsMap);
        // A sub-flow input value may be a number or {"expression": …}; other text stays text.
        Assert.Equal("""{"count":3,"who":{"expression":"caller"},"text":"hello {{ caller }}"}""",
            inputs.Write([["count", "3"], ["who", """{"expression": "caller"}"""], ["text", "hello {{ caller }}"], ["", ""]]).GetRawText());
        Assert.Null(KeyValueShape.TryFor(typeof(string)));
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
