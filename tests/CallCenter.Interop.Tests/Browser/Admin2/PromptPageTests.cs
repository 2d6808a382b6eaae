using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The prompt library page in a real browser: spoken text previewed and saved, a broken upload refused with nothing stored.</summary>
public sealed class PromptPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-prompts-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-prompts-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() =>
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}");

    [Fact]
    public async Task Spoken_text_previews_as_playable_wav_and_saving_lists_it()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/prompts");

        await page.Locator("#tts-text").FillAsync("您好，欢迎致电测试热线");
        await page.Locator("#tts-preview").ClickAsync();
        var audio = page.Locator("#tts-audio");
        await audio.WaitForAsync();
        var source = await audio.GetAttributeAsync("src");
        Assert.NotNull(source);

        // The browser's own request (with the user's cookie) gets a WAV file.
        var response = await page.Context.APIRequest.GetAsync(source);
        Assert.Equal(200, response.Status);
        Assert.Equal("audio/wav", response.Headers["content-type"]);
        var body = await response.BodyAsync();
        Assert.Equal("RIFF"u8.ToArray(), body[..4]);
        // …which the browser decodes: the element knows its length.
        await page.WaitForFunctionAsync("() => document.querySelector('#tts-audio').duration > 0");

        await page.Locator("#tts-name").FillAsync("测试欢迎语");
        await page.Locator("#tts-save").ClickAsync();
        await page.Locator("#prompt-message[data-failed=false]").WaitForAsync();
        await page.Locator(".prompt-name[data-prompt='测试欢迎语']").WaitForAsync();

        using var http = _portal.CreateClient();
        var prompt = await http.GetFromJsonAsync<JsonElement>($"/api/v1/prompts/{Uri.EscapeDataString("测试欢迎语")}");
        Assert.True(prompt.GetProperty("durationMs").GetInt32() > 500);

        // Play from the list: the player's source is the stored prompt.
        await page.Locator(".prompt-name[data-prompt='测试欢迎语'] ~ td .prompt-play").ClickAsync();
        var player = await page.Locator("#prompt-player").GetAttributeAsync("src");
        var stored = await page.Context.APIRequest.GetAsync(player!);
        Assert.Equal(200, stored.Status);
        Assert.Equal("RIFF"u8.ToArray(), (await stored.BodyAsync())[..4]);
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_a_clear_error_and_nothing_is_stored()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/prompts");
        using var http = _portal.CreateClient();
        var before = (await http.GetFromJsonAsync<JsonElement>("/api/v1/prompts")).GetArrayLength();

        await page.Locator("#prompt-name").FillAsync("坏文件");
        // A WAV header promising a second of audio, cut off after a few bytes: a half-finished upload.
        var broken = new byte[60];
        "RIFF"u8.CopyTo(broken);
        BitConverter.GetBytes(16036).CopyTo(broken, 4);
        "WAVEfmt "u8.CopyTo(broken.AsSpan(8));
        await PortalPages.ChooseFilesAsync(page, "#prompt-upload", new FilePayload { Name = "broken.wav", MimeType = "audio/wav", Buffer = broken });

        var message = page.Locator("#prompt-message[data-failed=true]");
        await message.WaitForAsync();
        Assert.Contains("未保存任何内容", await message.InnerTextAsync());
        Assert.Equal(before, (await http.GetFromJsonAsync<JsonElement>("/api/v1/prompts")).GetArrayLength());
        Assert.Equal(0, await page.Locator(".prompt-name[data-prompt='坏文件']").CountAsync());
        var prompts = Path.Combine(_folder, "data", "prompts");
        Assert.False(Directory.Exists(prompts) && Directory.EnumerateFiles(prompts).Any(f => f.EndsWith(".part", StringComparison.Ordinal)));
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
