using Bunit;
using CallCenter.Designer.Palette;
using CallCenter.Designer.Tests.Properties;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CallCenter.Designer.Tests.Palette;

/// <summary>The palette as rendered: grouped items that drag their type name, search in both languages, pick by click and Enter, help as tooltip.</summary>
public sealed class ActivityPaletteTests : IAsyncDisposable
{
    private PanelUi _ui = null!;
    private readonly List<string> _picked = [];

    private IRenderedComponent<ActivityPalette> Render(string culture)
    {
        _ui = new PanelUi(culture);
        return _ui.Context.Render<ActivityPalette>(p => p.Add(c => c.OnPick, EventCallback.Factory.Create<string>(this, t => _picked.Add(t))));
    }

    [Fact]
    public void Every_activity_is_a_draggable_item_that_puts_its_type_name_on_the_drag_as_text()
    {
        var palette = Render("en");

        var items = palette.FindAll(".palette-item");
        Assert.Equal(RealActivities.Registry.All.Count, items.Count);
        var menu = palette.Find("#palette-Menu");
        Assert.Equal("true", menu.GetAttribute("draggable"));
        Assert.Equal("Menu", menu.GetAttribute("data-activity-type"));
        // Blazor cannot set dataTransfer from .NET: the browser's own handler does it from the data attribute.
        Assert.Contains("event.dataTransfer.setData('text/plain', this.dataset.activityType)", menu.GetAttribute("ondragstart"));
        Assert.Equal("Menu", menu.QuerySelector(".palette-name")!.TextContent);
        Assert.Contains("Call", palette.FindAll(".palette-category").Select(c => c.TextContent));
    }

    [Fact]
    public void Names_and_tooltips_follow_the_Chinese_UI_and_triggers_are_marked()
    {
        var palette = Render("zh-CN");

        Assert.Equal("按键菜单", palette.Find("#palette-Menu .palette-name").TextContent);
        var help = palette.FindComponents<MudTooltip>().Select(t => t.Instance.Text).ToList();
        Assert.Contains(RealActivities.Descriptor("Menu").DescriptionZh, help);
        Assert.Equal("触发", palette.Find("#palette-Timer .palette-trigger").TextContent.Trim());
        Assert.Empty(palette.FindAll("#palette-Menu .palette-trigger"));
    }

    [Fact]
    public async Task Typing_in_the_search_box_narrows_the_list_also_by_a_Chinese_word()
    {
        var palette = Render("en");

        await palette.Find("#palette-search").TypeAsync("放音");
        var shown = palette.FindAll(".palette-item").Select(i => i.GetAttribute("data-activity-type")).ToList();
        Assert.Contains("Play", shown);
        Assert.DoesNotContain("HttpRequest", shown);

        await palette.Find("#palette-search").TypeAsync("zzz-nothing");
        Assert.Empty(palette.FindAll(".palette-item"));
        Assert.NotNull(palette.Find("#palette-no-match"));
    }

    [Fact]
    public async Task A_click_or_Enter_on_an_item_picks_its_type_name()
    {
        var palette = Render("en");

        await palette.Find("#palette-Play").ClickAsync();
        await palette.Find("#palette-HttpRequest").PressAsync("Enter");
        await palette.Find("#palette-Menu").PressAsync("a");

        Assert.Equal(["Play", "HttpRequest"], _picked);
    }

    public ValueTask DisposeAsync() => _ui?.DisposeAsync() ?? ValueTask.CompletedTask;
}
