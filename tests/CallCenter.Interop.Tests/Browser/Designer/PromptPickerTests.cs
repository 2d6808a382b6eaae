using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>
/// The designer's prompt picker on the real Portal: a text is heard through the TTS preview (a WAV the browser plays)
/// and saved into the prompt library, a WAV file is uploaded into it, and the stored prompt becomes the Play step's
/// prompt, played from the library and kept in the saved draft.
/// </summary>
public sealed class PromptPickerTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private readonly DesignerPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    // Half a second of a 440 Hz tone, 8 kHz mono 16-bit PCM.
    private static byte[] Tone()
    {
        const int samples = 4000;
        var wav = new byte[44 + samples * 2];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + samples * 2);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], 8000);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], 16000);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], samples * 2);
        for (var i = 0; i < samples; i++)
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / 8000)));
        return wav;
    }

    private static async Task AssertWavAsync(IPage page, string? url)
    {
        Assert.NotNull(url);
        var response = await page.Context.APIRequest.GetAsync(url);
        Assert.Equal((200, "audio/wav"), (response.Status, response.Headers["content-type"]));
        Assert.Equal("RIFF"u8.ToArray(), (await response.BodyAsync())[..4]);
    }

    [Fact]
    public async Task A_spoken_text_is_previewed_and_saved_and_an_uploaded_file_becomes_the_play_steps_prompt()
    {
        var page = await _portal.SignInAsAdminAsync(chromium, "/designer/hotline-12345");
        await page.SetViewportSizeAsync(1600, 1000);
        await page.Locator("[data-node-id='night']").WaitForAsync();
        await page.Locator("#flow-fit").ClickAsync();
        await page.Locator("[data-node-id='night']").ClickAsync();
        await page.Locator("#property-panel[data-node='night']").WaitForAsync();
        await page.Locator("#prop-prompt-tools").ClickAsync();

        // TTS preview: the browser gets a WAV it can play; nothing is stored by listening.
        await page.Locator("#prop-prompt-tts-text").FillAsync("夜间服务，请留言");
        await page.Locator("#prop-prompt-tts-preview").ClickAsync();
        var preview = page.Locator("#prop-prompt-tts-audio");
        await preview.WaitForAsync();
        await AssertWavAsync(page, await preview.GetAttributeAsync("src"));
        await page.WaitForFunctionAsync("() => document.querySelector('#prop-prompt-tts-audio').duration > 0");

        // Saved as a prompt: in the library and chosen for the step.
        await page.Locator("#prop-prompt-new-name").FillAsync("night-spoken");
        await page.Locator("#prop-prompt-tts-save").ClickAsync();
        await page.Locator("#prop-prompt-tools-message[data-failed=false]").WaitForAsync();
        using var http = _portal.Portal.CreateClient();
        Assert.True((await http.GetFromJsonAsync<JsonElement>("/api/v1/prompts/night-spoken")).GetProperty("durationMs").GetInt32() > 300);
        Assert.EndsWith("/admin/audio/prompts/night-spoken", await page.Locator("#prop-prompt-audio").GetAttributeAsync("src"));

        // A WAV file uploaded under a name replaces it as the step's prompt, played from the library.
        await page.Locator("#prop-prompt-new-name").FillAsync("night-tone");
        await PortalPages.ChooseFilesAsync(page, "#prop-prompt-upload", new FilePayload { Name = "tone.wav", MimeType = "audio/wav", Buffer = Tone() });
        await page.Locator("#prop-prompt-tools-message[data-failed=false]").Filter(new() { HasText = "night-tone" }).WaitForAsync();
        Assert.Equal(500, (await http.GetFromJsonAsync<JsonElement>("/api/v1/prompts/night-tone")).GetProperty("durationMs").GetInt32());
        await AssertWavAsync(page, await page.Locator("#prop-prompt-audio").GetAttributeAsync("src"));

        await page.Locator("#designer-save").ClickAsync();
        await page.Locator("#designer-saved[data-dirty=false]").WaitForAsync();
        var draft = (await _portal.VersionsAsync("hotline-12345")).Last().Definition;
        Assert.Equal("night-tone", draft.Root.Activities.Single(a => a.Id == "night").Properties!["prompt"].GetString());
    }
}
