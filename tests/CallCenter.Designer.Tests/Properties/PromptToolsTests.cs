using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>
/// The prompt picker's library tools (bUnit, the host's lookups in memory): a sound file uploaded under a name joins the
/// library and becomes the field's prompt; a text is heard through the host's TTS preview and saved as a prompt; a
/// refusal is shown and changes nothing.
/// </summary>
public sealed class PromptToolsTests : IAsyncDisposable
{
    private readonly InMemoryDesignerLookups _lookups = new()
    {
        Prompts = [new PromptChoice("welcome", "/prompts/welcome")],
        Writable = true,
        SpeechPreviewBase = "/tts",
    };

    private readonly PanelUi _ui;

    public PromptToolsTests() => _ui = new PanelUi("en", RealActivities.Registry, _lookups);

    [Fact]
    public void An_uploaded_file_joins_the_library_and_becomes_the_prompt_of_the_field()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("play", "Play", """{"prompt": "welcome"}"""), RealActivities.Descriptor("Play"));
        var panel = host.Render();

        panel.Find("#prop-prompt-tools").Click();
        panel.Find("#prop-prompt-new-name").Input("night-greeting");
        panel.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary(new byte[4000], "greeting.wav", contentType: "audio/wav"));

        panel.WaitForAssertion(() => Assert.Equal("\"night-greeting\"", host.Last("prompt")));
        Assert.Equal(("night-greeting", "greeting.wav", 4000), Assert.Single(_lookups.Saved));
        Assert.Equal("/prompts/night-greeting", panel.Find("#prop-prompt-audio").GetAttribute("src"));
        Assert.Equal("false", panel.Find("#prop-prompt-tools-message").GetAttribute("data-failed"));
    }

    [Fact]
    public void A_text_is_heard_through_the_tts_preview_and_saved_as_the_prompt()
    {
        var host = new PanelHost(_ui, PanelHost.NodeOf("play", "Play"), RealActivities.Descriptor("Play"));
        var panel = host.Render();

        panel.Find("#prop-prompt-tools").Click();
        panel.Find("#prop-prompt-tts-text").Input("您好，欢迎致电");
        panel.Find("#prop-prompt-tts-preview").Click();
        Assert.Equal("/tts?voice=cmn&text=" + Uri.EscapeDataString("您好，欢迎致电"), panel.Find("#prop-prompt-tts-audio").GetAttribute("src"));
        Assert.Empty(_lookups.Saved); // listening stores nothing

        panel.Find("#prop-prompt-tts-save").Click();
        panel.WaitForAssertion(() => Assert.Equal("\"您好，欢迎致电\"", host.Last("prompt")));
        Assert.Equal(("您好，欢迎致电", "tts:cmn:您好，欢迎致电"), (_lookups.Saved[0].Name, _lookups.Saved[0].Source));
    }

    [Fact]
    public async Task A_refused_upload_is_shown_and_the_prompt_stays()
    {
        await using var refusing = new PanelUi("en", RealActivities.Registry, new InMemoryDesignerLookups { Prompts = [new PromptChoice("welcome", "/prompts/welcome")] });
        var host = new PanelHost(refusing, PanelHost.NodeOf("play", "Play", """{"prompt": "welcome"}"""), RealActivities.Descriptor("Play"));
        var panel = host.Render();

        panel.Find("#prop-prompt-tools").Click();
        panel.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary(new byte[10], "x.wav", contentType: "audio/wav"));

        panel.WaitForAssertion(() => Assert.Equal("true", panel.Find("#prop-prompt-tools-message").GetAttribute("data-failed")));
        Assert.Contains("no prompt library", panel.Find("#prop-prompt-tools-message").TextContent);
        Assert.DoesNotContain(host.Changes, c => c.Name == "prompt");
        Assert.True(panel.Find("#prop-prompt-tts-preview").HasAttribute("disabled")); // no TTS preview without one
    }

    public async ValueTask DisposeAsync()
    {
        await _ui.DisposeAsync();
    }
}
