using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Engine.Abstractions;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>The panel generated from the descriptor: one editor per input (by its InputEditor), help and required marks in the UI language, rename.</summary>
public sealed class PropertyPanelTests : IAsyncDisposable
{
    private PanelUi _ui = null!;

    [Fact]
    public void A_Menu_gets_a_prompt_picker_text_select_key_value_list_duration_number_switch_and_a_result_variable()
    {
        _ui = new PanelUi("en");
        var panel = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu"), RealActivities.Descriptor("Menu")).Render();

        Assert.Equal("Menu", panel.Find("#property-panel-type").TextContent);
        var fields = panel.FindComponents<PropertyField>().ToDictionary(f => f.Instance.Input.Name);
        Assert.Equal(["prompt", "text", "voice", "options", "timeout", "attempts", "retryPrompt", "retryText", "bargeIn", "digit"], fields.Keys);
        Assert.Single(fields["prompt"].FindComponents<Designer.Properties.Editors.PromptPicker>());
        Assert.Single(fields["text"].FindComponents<Designer.Properties.Editors.TextEditor>());
        Assert.Single(fields["voice"].FindComponents<Designer.Properties.Editors.SelectEditor>());
        Assert.Single(fields["options"].FindComponents<Designer.Properties.Editors.KeyValueListEditor>());
        Assert.Single(fields["timeout"].FindComponents<Designer.Properties.Editors.DurationEditor>());
        Assert.Single(fields["attempts"].FindComponents<Designer.Properties.Editors.NumberEditor>());
        Assert.Single(fields["bargeIn"].FindComponents<Designer.Properties.Editors.SwitchEditor>());
        Assert.Single(fields["digit"].FindComponents<Designer.Properties.Editors.VariablePicker>());
        // Defaults show until a value is set: 5 s, 3 attempts.
        Assert.Equal("5", panel.Find("#prop-timeout").GetAttribute("value"));
        Assert.Equal("3", panel.Find("#prop-attempts").GetAttribute("value"));
        // Options are required and take no expression.
        Assert.Contains("Options *", fields["options"].Markup);
        Assert.Empty(panel.FindAll("#prop-options-mode"));
        Assert.NotEmpty(panel.FindAll("#prop-text-mode"));
    }

    [Fact]
    public void Every_editor_kind_renders_for_an_activity_that_uses_it()
    {
        _ui = new PanelUi("en", RealActivities.With(typeof(EditorSampler)));
        var descriptor = RealActivities.With(typeof(EditorSampler)).Find("EditorSampler")!;
        var panel = new PanelHost(_ui, PanelHost.NodeOf("s", "EditorSampler"), descriptor).Render();

        var kinds = panel.FindComponents<PropertyField>().ToDictionary(f => f.Instance.Input.Name, f => EditorChoice.LiteralEditor(f.Instance.Input));
        Assert.Equal(InputEditor.Queue, kinds["queue"]);
        Assert.Equal(InputEditor.Skill, kinds["skill"]);
        Assert.Equal(InputEditor.Cron, kinds["schedule"]);
        Assert.Equal(InputEditor.DateTime, kinds["at"]);
        Assert.Equal(InputEditor.Json, kinds["numbers"]);
        Assert.Equal(InputEditor.Number, kinds["amount"]);
        Assert.Equal(InputEditor.Select, kinds["mode"]);
        Assert.Equal(InputEditor.Variable, kinds["target"]);
        foreach (var name in kinds.Keys) Assert.NotNull(panel.Find($"#prop-{name}"));
        Assert.Equal(2, panel.FindComponents<Designer.Properties.Editors.LookupPicker>().Count);
        Assert.Single(panel.FindComponents<Designer.Properties.Editors.JsonEditor>());
        Assert.Single(panel.FindComponents<Designer.Properties.Editors.DateTimeEditor>());
    }

    [Fact]
    public void In_Chinese_the_labels_help_and_required_marks_come_from_the_descriptors_Chinese_fields()
    {
        _ui = new PanelUi("zh-CN");
        var panel = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu"), RealActivities.Descriptor("Menu")).Render();

        Assert.Equal("按键菜单", panel.Find("#property-panel-type").TextContent);
        Assert.Contains("选项 *", panel.Markup);
        Assert.Contains("放音结束后等待按键的秒数（默认 5）。", panel.FindAll(".property-help").Select(h => h.TextContent));
        Assert.Contains("表达式", panel.Markup);
        Assert.Contains("步骤标识：menu", panel.Markup);
    }

    [Fact]
    public async Task Renaming_the_node_reports_the_trimmed_name_and_leaves_the_node_to_the_host()
    {
        _ui = new PanelUi("en");
        var host = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu"), RealActivities.Descriptor("Menu"));
        var panel = host.Render();

        await panel.Find("#prop-node-name").ChangeToAsync("  Main menu ");

        Assert.Equal(["Main menu"], host.Renames);
        Assert.Null(host.Node.DisplayName);
    }

    public ValueTask DisposeAsync() => _ui?.DisposeAsync() ?? ValueTask.CompletedTask;
}
