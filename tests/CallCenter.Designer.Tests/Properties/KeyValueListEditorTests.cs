using Bunit;
using CallCenter.Designer.Tests.Palette;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>Key-value lists write the Engine's JSON: a Menu's options as an array of {digit, outcome}, HttpRequest headers as an object.</summary>
public sealed class KeyValueListEditorTests : IAsyncDisposable
{
    private readonly PanelUi _ui = new("en");

    [Fact]
    public async Task Menu_options_show_the_stored_rows_and_an_added_row_and_a_removed_row_rewrite_the_array()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("menu", "Menu", """{"options": [{"digit": "1", "outcome": "sales"}, {"digit": "2"}]}"""), RealActivities.Descriptor("Menu"));
        var panel = host.Render();

        Assert.Equal("1", panel.Find("#prop-options-0-digit").GetAttribute("value"));
        Assert.Equal("sales", panel.Find("#prop-options-0-outcome").GetAttribute("value"));
        Assert.Equal("2", panel.Find("#prop-options-1-digit").GetAttribute("value"));

        await panel.Find("#prop-options-add").ClickAsync();
        Assert.Empty(host.Changes); // an empty row is not a change
        await panel.Find("#prop-options-2-digit").TypeAsync("9");
        await panel.Find("#prop-options-2-outcome").TypeAsync("back");
        Assert.Equal("""[{"digit":"1","outcome":"sales"},{"digit":"2"},{"digit":"9","outcome":"back"}]""", host.Last("options"));

        await panel.Find("#prop-options-remove-0").ClickAsync();
        Assert.Equal("""[{"digit":"2"},{"digit":"9","outcome":"back"}]""", host.Last("options"));
        Assert.Equal("2", panel.Find("#prop-options-0-digit").GetAttribute("value"));
        Assert.Empty(panel.FindAll("#prop-options-2-digit"));
    }

    [Fact]
    public async Task HttpRequest_headers_are_written_as_an_object_and_a_key_typed_twice_is_flagged()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("http", "HttpRequest"), RealActivities.Descriptor("HttpRequest"));
        var panel = host.Render();

        await panel.Find("#prop-headers-add").ClickAsync();
        await panel.Find("#prop-headers-0-key").TypeAsync("Authorization");
        await panel.Find("#prop-headers-0-value").TypeAsync("Bearer {{ token }}");
        Assert.Equal("""{"Authorization":"Bearer {{ token }}"}""", host.Last("headers"));
        Assert.Empty(panel.FindAll("#prop-headers-0-errors"));
        await panel.Find("#prop-headers-0-value").TypeAsync("Bearer {{ token ");
        Assert.NotEmpty(panel.Find("#prop-headers-0-errors").TextContent);
        await panel.Find("#prop-headers-0-value").TypeAsync("Bearer {{ token }}");

        await panel.Find("#prop-headers-add").ClickAsync();
        await panel.Find("#prop-headers-1-key").TypeAsync("Authorization");
        Assert.Contains("\"Authorization\" appears twice", panel.Markup);

        await panel.Find("#prop-headers-remove-1").ClickAsync();
        await panel.Find("#prop-headers-remove-0").ClickAsync();
        Assert.Equal("{}", host.Last("headers"));
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
