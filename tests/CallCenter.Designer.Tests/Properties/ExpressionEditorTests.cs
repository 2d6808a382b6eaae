using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>Literal ↔ expression: the toggle writes {"expression": …}, the Engine's parser checks it as you type, the available variables are listed and insertable.</summary>
public sealed class ExpressionEditorTests : IAsyncDisposable
{
    private static readonly DesignerVariable Caller = new("caller", "The calling number");
    private readonly PanelUi _ui = new("en", lookups: new InMemoryDesignerLookups { Variables = [Caller] });

    private static readonly List<VariableDefinition> FlowVariables = [new() { Name = "balance", Type = VariableType.Number }];

    private PanelHost If(string json = "{}") => new(_ui, PanelHost.NodeOf("check", "If", json), RealActivities.Descriptor("If"), FlowVariables);

    [Fact]
    public async Task A_bad_expression_shows_the_parsers_error_with_its_position_and_a_good_one_shows_none()
    {
        var host = If();
        var panel = host.Render();
        // A condition starts as an expression.
        Assert.True(panel.Find("#prop-condition-mode").HasAttribute("checked"));

        await panel.Find("#prop-condition-expression").TypeAsync("balance < (10");
        Assert.Contains("at the end", panel.Find("#prop-condition-errors").TextContent);
        Assert.Equal("""{"expression":"balance < (10"}""", host.Last("condition"));

        await panel.Find("#prop-condition-expression").TypeAsync("balance < 10 )");
        Assert.Contains("line 1, column 14", panel.Find("#prop-condition-errors").TextContent);

        await panel.Find("#prop-condition-expression").TypeAsync("balance < 10");
        Assert.Empty(panel.FindAll("#prop-condition-errors"));
        Assert.Equal("""{"expression":"balance < 10"}""", host.Last("condition"));
    }

    [Fact]
    public async Task The_flows_the_hosts_and_the_engines_variables_are_listed_and_a_click_inserts_one()
    {
        var host = If("""{"condition": {"expression": "balance <"}}""");
        var panel = host.Render();

        var listed = panel.FindAll("#prop-condition-variables .variable-chip").Select(c => c.GetAttribute("data-variable")).ToList();
        Assert.Equal(["balance", "caller", "input", "now", "workflow"], listed);

        await panel.FindAll("#prop-condition-variables .variable-chip").Single(c => c.GetAttribute("data-variable") == "balance").ClickAsync();
        Assert.Equal("""{"expression":"balance < balance"}""", host.Last("condition"));
    }

    [Fact]
    public async Task Switching_a_literal_to_an_expression_starts_from_the_literal_and_switching_back_restores_the_default()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("play", "Play", """{"text": "您好"}"""), RealActivities.Descriptor("Play"), FlowVariables);
        var panel = host.Render();
        Assert.Empty(panel.FindAll("#prop-text-expression"));

        await panel.Find("#prop-text-mode").ChangeToAsync(true);
        Assert.Equal("""{"expression":"\"您好\""}""", host.Last("text"));
        Assert.Equal("\"您好\"", panel.Find("#prop-text-expression").GetAttribute("value") ?? panel.Find("#prop-text-expression").TextContent);
        Assert.Empty(panel.FindAll("#prop-text-errors"));

        await panel.Find("#prop-text-mode").ChangeToAsync(false);
        Assert.Equal("null", host.Last("text"));
        Assert.NotNull(panel.Find("#prop-text"));
    }

    [Fact]
    public void A_stored_expression_opens_in_expression_mode_for_a_duration_too()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("wait", "Delay", """{"duration": {"expression": "remind_after_seconds"}}"""), RealActivities.Descriptor("Delay"));
        var panel = host.Render();

        Assert.Contains("remind_after_seconds", panel.Find("#prop-duration-expression").GetAttribute("value") ?? panel.Find("#prop-duration-expression").TextContent);
        Assert.Empty(panel.FindAll("#prop-duration"));
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
