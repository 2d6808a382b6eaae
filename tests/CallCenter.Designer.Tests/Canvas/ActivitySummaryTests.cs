using System.Globalization;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Tests.Editing;

namespace CallCenter.Designer.Tests.Canvas;

/// <summary>The one line under a node's name.</summary>
public sealed class ActivitySummaryTests
{
    private static string Summary(string type, string properties) =>
        ActivitySummary.Of(Flows.Node("n", type, properties: properties), Flows.Registry.Find(type));

    [Fact]
    public void A_menu_shows_its_keys_a_play_its_prompt_and_text_a_request_its_method_and_url()
    {
        Assert.Equal("1, 2, 9", Summary("Menu", """{ "text": "Press", "options": [ { "digit": "1" }, { "digit": "2" }, { "digit": "9", "outcome": "Operator" } ] }"""));
        Assert.Equal("welcome · 欢迎致电", Summary("Play", """{ "prompt": "welcome", "text": "欢迎致电" }"""));
        Assert.Equal("POST https://cards.example/api", Summary("HttpRequest", """{ "method": "POST", "url": "https://cards.example/api" }"""));
        Assert.Equal("GET https://x", Summary("HttpRequest", """{ "url": "https://x" }"""));
        Assert.Equal("Vip", Summary("Switch", """{ "cases": [ { "outcome": "Vip", "condition": "vip" } ] }"""));
    }

    [Fact]
    public void Other_activities_show_their_first_two_set_properties_in_input_order()
    {
        const string setLevel = """{ "value": { "expression": "caller_level + 1" }, "variable": "level" }""";
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Variable: level, Value: = caller_level + 1", Summary("SetVariable", setLevel));
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Equal("变量: level, 值: = caller_level + 1", Summary("SetVariable", setLevel));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal("", Summary("Answer", "{}"));
    }

    [Fact]
    public void A_long_or_multi_line_text_becomes_one_short_line()
    {
        var summary = Summary("Play", $$"""{ "text": "line one\nline two {{new string('x', 100)}}" }""");
        Assert.DoesNotContain('\n', summary);
        Assert.Equal(ActivitySummary.MaxLength, summary.Length);
        Assert.EndsWith("…", summary);
    }
}
