using System.Globalization;
using CallCenter.Designer.Palette;

namespace CallCenter.Designer.Tests.Palette;

/// <summary>Descriptor → palette: every registered activity once, in its category, named in the UI language, sorted, searchable in both languages.</summary>
public sealed class PaletteModelTests
{
    private static readonly CultureInfo English = new("en");
    private static readonly CultureInfo Chinese = new("zh-CN");

    [Fact]
    public void Every_registered_activity_appears_once_under_its_category_named_in_English()
    {
        var palette = PaletteModel.For(RealActivities.Registry, English);

        var items = palette.Groups.SelectMany(g => g.Items).ToList();
        Assert.Equal(RealActivities.Registry.All.Select(d => d.TypeName).Order(), items.Select(i => i.TypeName).Order());
        Assert.Equal(RealActivities.Registry.All.Select(d => d.Category).Distinct().Order(), palette.Groups.Select(g => g.Category).Order());
        var call = palette.Groups.Single(g => g.Category == "Call");
        var menu = call.Items.Single(i => i.TypeName == "Menu");
        Assert.Equal(("Menu", "dialpad"), (menu.Name, menu.Icon));
        Assert.StartsWith("Plays a prompt and takes one key", menu.Help);
        Assert.Contains(palette.Groups.Single(g => g.Category == "Integration").Items, i => i is { TypeName: "HttpRequest", Name: "HTTP request" });
    }

    [Fact]
    public void A_Chinese_UI_shows_the_Chinese_category_name_and_help()
    {
        var palette = PaletteModel.For(RealActivities.Registry, Chinese);

        Assert.True(palette.IsChinese);
        var call = palette.Groups.Single(g => g.Category == "通话");
        var menu = call.Items.Single(i => i.TypeName == "Menu");
        Assert.Equal("按键菜单", menu.Name);
        Assert.StartsWith("放音并接收一位按键", menu.Help);
        Assert.Contains(palette.Groups.Single(g => g.Category == "集成").Items, i => i is { TypeName: "HttpRequest", Name: "HTTP 请求" });
        Assert.DoesNotContain(palette.Groups, g => g.Category == "Call");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Categories_and_the_activities_in_each_are_sorted_in_the_UI_language(string culture)
    {
        var c = new CultureInfo(culture);
        var palette = PaletteModel.For(RealActivities.Registry, c);
        var byName = Comparer<string>.Create((a, b) => c.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase));

        Assert.Equal(palette.Groups.Select(g => g.Category).Order(byName), palette.Groups.Select(g => g.Category));
        Assert.All(palette.Groups, g => Assert.Equal(g.Items.Select(i => i.Name).Order(byName), g.Items.Select(i => i.Name)));
    }

    [Theory]
    [InlineData("menu", "Menu")]            // English name, any case
    [InlineData("按键", "Menu")]             // a Chinese substring, in an English UI too
    [InlineData("HttpRequest", "HttpRequest")] // the type name
    [InlineData("web API", "HttpRequest")]   // words of the English help
    [InlineData("业务系统", "HttpRequest")]    // words of the Chinese help
    [InlineData("集成", "HttpRequest")]       // the Chinese category
    public void Search_matches_name_help_type_name_and_category_in_both_languages(string text, string expected)
    {
        var hits = PaletteModel.For(RealActivities.Registry, English).Search(text).SelectMany(g => g.Items).Select(i => i.TypeName).ToList();

        Assert.Contains(expected, hits);
        Assert.True(hits.Count < RealActivities.Registry.All.Count, $"'{text}' should narrow the palette");
    }

    [Fact]
    public void Every_word_of_a_search_must_match_and_a_search_without_a_match_leaves_no_group()
    {
        var palette = PaletteModel.For(RealActivities.Registry, Chinese);

        var hits = palette.Search("call 放音").SelectMany(g => g.Items).Select(i => i.TypeName).ToList();
        Assert.Contains("Play", hits);
        Assert.DoesNotContain("Hangup", hits);
        Assert.Empty(palette.Search("no-such-activity-xyz"));
        Assert.Equal(palette.Groups, palette.Search("  "));
    }

    [Fact]
    public void Trigger_activities_are_marked_from_their_descriptor()
    {
        var items = PaletteModel.For(RealActivities.Registry, English).Groups.SelectMany(g => g.Items).ToDictionary(i => i.TypeName);

        Assert.True(items["Timer"].IsTrigger);
        Assert.True(items["Event"].IsTrigger);
        Assert.False(items["Start"].IsTrigger);
        Assert.True(items["Start"].CanStartWorkflow);
        Assert.False(items["Menu"].CanStartWorkflow);
    }

    [Fact]
    public void Every_icon_a_descriptor_names_exists_in_MudBlazor()
    {
        var missing = RealActivities.Registry.All.Where(d => d.Icon is not null && PaletteIcons.Find(d.Icon) is null).Select(d => $"{d.TypeName}: {d.Icon}").ToList();

        Assert.Empty(missing);
        Assert.Equal(MudBlazor.Icons.Material.Filled.VolumeUp, PaletteIcons.Resolve("volume_up"));
        Assert.Equal(PaletteIcons.Fallback, PaletteIcons.Resolve("no_such_icon"));
    }
}
