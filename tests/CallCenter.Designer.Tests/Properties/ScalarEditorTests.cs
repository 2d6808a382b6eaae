using Bunit;
using CallCenter.Designer.Tests.Palette;
using MudBlazor;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>Text, number, switch, select, duration, date, cron and JSON editors write the literal JSON the Engine reads.</summary>
public sealed class ScalarEditorTests : IAsyncDisposable
{
    private readonly PanelUi _ui = new("en", RealActivities.With(typeof(EditorSampler)));

    private PanelHost Menu(string json = "{}") => new(_ui, PanelHost.NodeOf("menu", "Menu", json), RealActivities.Descriptor("Menu"));

    private PanelHost Sampler() => new(_ui, PanelHost.NodeOf("s", "EditorSampler"), RealActivities.With(typeof(EditorSampler)).Find("EditorSampler")!);

    [Theory]
    [InlineData("90", "90")]                        // seconds, as the shipped flows write them
    [InlineData("1.5", "1.5")]
    [InlineData("00:01:30", "\"00:01:30\"")]         // hh:mm:ss, normalised text
    [InlineData("1:30", "\"01:30:00\"")]
    [InlineData("2.00:00:00", "\"2.00:00:00\"")]    // days
    public async Task A_duration_is_stored_as_seconds_or_as_normalised_time_text(string typed, string json)
    {
        var host = Menu();
        var panel = host.Render();

        await panel.Find("#prop-timeout").TypeAsync(typed);

        Assert.Equal(json, host.Last("timeout"));
        Assert.Empty(panel.FindAll("#prop-timeout-errors"));
    }

    [Fact]
    public async Task A_duration_that_is_not_one_is_not_stored_and_says_how_to_write_it()
    {
        var host = Menu("""{"timeout": "00:00:08"}""");
        var panel = host.Render();
        Assert.Equal("00:00:08", panel.Find("#prop-timeout").GetAttribute("value"));
        Assert.Equal("8 s", panel.Find(".duration-words").TextContent);

        await panel.Find("#prop-timeout").TypeAsync("five");

        Assert.Empty(host.Changes);
        Assert.Contains("hh:mm:ss", panel.Find("#prop-timeout-errors").TextContent);
        await panel.Find("#prop-timeout").TypeAsync("");
        Assert.Equal("null", host.Last("timeout"));
    }

    [Fact]
    public async Task Numbers_switches_selects_and_text_write_typed_JSON_literals()
    {
        var host = Menu();
        var panel = host.Render();

        await panel.Find("#prop-attempts").TypeAsync("4");
        Assert.Equal("4", host.Last("attempts"));

        await panel.Find("#prop-bargeIn").ChangeToAsync(false);
        Assert.Equal("false", host.Last("bargeIn"));

        var voice = panel.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"] as string == "prop-voice");
        await voice.InvokeAsync(() => voice.Instance.ValueChanged.InvokeAsync("en"));
        Assert.Equal("\"en\"", host.Last("voice"));

        await panel.Find("#prop-text").TypeAsync("您好，欢迎致电。");
        Assert.Equal("\"您好，欢迎致电。\"", host.Last("text"));
        await panel.Find("#prop-text").TypeAsync("");
        Assert.Equal("null", host.Last("text"));
    }

    [Fact]
    public async Task A_template_in_a_text_is_checked_as_you_type()
    {
        var host = Menu();
        var panel = host.Render();

        await panel.Find("#prop-text").TypeAsync("您的余额是{{ balance 元");
        Assert.NotEmpty(panel.Find("#prop-text-errors").TextContent);
        Assert.Equal("\"您的余额是{{ balance 元\"", host.Last("text")); // kept as typed; the problem list names it too

        await panel.Find("#prop-text").TypeAsync("您的余额是{{ balance }}元");
        Assert.Empty(panel.FindAll("#prop-text-errors"));
    }

    [Fact]
    public async Task Cron_date_JSON_decimal_and_enum_editors_write_what_the_engine_reads()
    {
        var host = Sampler();
        var panel = host.Render();

        await panel.Find("#prop-schedule").TypeAsync("0 9 * * 1-5");
        Assert.Equal("\"0 9 * * 1-5\"", host.Last("schedule"));
        Assert.Empty(panel.FindAll("#prop-schedule-errors"));
        await panel.Find("#prop-schedule").TypeAsync("0 25 * * *");
        Assert.Contains("not a valid cron expression", panel.Find("#prop-schedule-errors").TextContent);

        await panel.Find("#prop-at").TypeAsync("2026-12-01T09:30");
        Assert.Equal("\"2026-12-01T09:30\"", host.Last("at"));

        await panel.Find("#prop-numbers").TypeAsync("[1, 2, 3]");
        Assert.Equal("[1, 2, 3]", host.Last("numbers"));
        var before = host.Changes.Count;
        await panel.Find("#prop-numbers").TypeAsync("[1, 2,");
        Assert.Equal(before, host.Changes.Count);
        Assert.Contains("Not valid JSON", panel.Find("#prop-numbers-errors").TextContent);

        await panel.Find("#prop-amount").TypeAsync("12.5");
        Assert.Equal("12.5", host.Last("amount"));

        var mode = panel.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes["id"] as string == "prop-mode");
        Assert.Equal(["", "WaitAny", "WaitAll"], mode.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value == "\u0000default" ? "" : i.Instance.Value));
        await mode.InvokeAsync(() => mode.Instance.ValueChanged.InvokeAsync("WaitAny"));
        Assert.Equal("\"WaitAny\"", host.Last("mode"));
        await mode.InvokeAsync(() => mode.Instance.ValueChanged.InvokeAsync("\u0000default"));
        Assert.Equal("null", host.Last("mode"));
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
