using System.Globalization;
using Bunit;
using CallCenter.Designer.Tests.Editing;
using CallCenter.Engine.Models;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer.Tests.Canvas;

/// <summary>The editor layout (bUnit): slots filled by the host, the selected node handed to the properties slot, the toolbar acting on the session.</summary>
public sealed class FlowEditorTests : IAsyncDisposable
{
    private readonly BunitContext _ui = CanvasHost.Create();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    [Fact]
    public void The_slots_show_the_hosts_content_and_the_properties_slot_gets_the_selected_node()
    {
        var session = Flows.Session(Flows.MenuFlow());
        RenderFragment<ActivityNode?> properties = node => b => b.AddMarkupContent(0, $"<p id='props'>{node?.Id ?? "none"}</p>");
        var editor = _ui.Render<FlowEditor>(p => p
            .Add(e => e.Session, session)
            .Add(e => e.Palette, b => b.AddMarkupContent(0, "<ul id='palette'></ul>"))
            .Add(e => e.Problems, b => b.AddMarkupContent(0, "<ul id='problems'></ul>"))
            .Add(e => e.Properties, properties));

        Assert.Single(editor.FindAll(".flow-editor-palette #palette"));
        Assert.Single(editor.FindAll(".flow-editor-problems #problems"));
        Assert.Single(editor.FindAll(".flow-editor-main #flow-editor-canvas"));
        Assert.Equal("none", editor.Find("#props").TextContent);

        editor.InvokeAsync(() => session.Select(["menu"]));
        editor.WaitForAssertion(() => Assert.Equal("menu", editor.Find("#props").TextContent));
        editor.InvokeAsync(() => session.Select(["menu", "one"]));
        editor.WaitForAssertion(() => Assert.Equal("none", editor.Find("#props").TextContent));
    }

    [Fact]
    public void The_toolbar_undoes_redoes_copies_pastes_deletes_and_lays_out_and_is_enabled_only_when_it_can()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var session = Flows.Session(Flows.MenuFlow());
        var editor = _ui.Render<FlowEditor>(p => p.Add(e => e.Session, session));
        editor.WaitForElement(".diagram-canvas");

        Assert.Equal("撤销 (Ctrl+Z)", editor.Find("#flow-undo").GetAttribute("title"));
        Assert.True(editor.Find("#flow-undo").HasAttribute("disabled"));
        Assert.True(editor.Find("#flow-delete").HasAttribute("disabled"));

        editor.InvokeAsync(() => session.Select(["one"]));
        editor.Find("#flow-copy").Click();
        editor.Find("#flow-paste").Click();
        Assert.NotNull(session.Find("one1"));
        Assert.False(editor.Find("#flow-undo").HasAttribute("disabled"));

        editor.Find("#flow-delete").Click();
        Assert.Null(session.Find("one1"));
        editor.Find("#flow-undo").Click();
        Assert.NotNull(session.Find("one1"));
        editor.Find("#flow-redo").Click();
        Assert.Null(session.Find("one1"));

        editor.Find("#flow-auto-layout").Click();
        Assert.True(session.Find("answer")!.Position!.X < session.Find("menu")!.Position!.X);
        editor.Find("#flow-undo").Click();
        Assert.Equal(new Position(20, 100), session.Find("answer")!.Position);

        editor.Find("#flow-zoom-in").Click();
        Assert.Equal("125%", editor.Find("#flow-zoom").TextContent);
    }

    public async ValueTask DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _culture;
        await _ui.DisposeAsync();
    }
}
