using CallCenter.Portal.Tests;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>The portal in a real browser before anyone signs in: where a visitor lands, and in which language.</summary>
public sealed class SignInPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-browser-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90));

    [Fact]
    public async Task A_visitor_is_sent_to_the_sign_in_page_in_the_browsers_language_and_can_switch_to_English()
    {
        var page = await chromium.NewPageAsync(_portal.Address, locale: "zh-CN");
        await page.GotoAsync("/desk");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        Assert.Equal("/desk", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["returnUrl"]);
        Assert.Equal("登录", await page.Locator("#sign-in").InnerTextAsync());
        Assert.Equal("用户名", await page.Locator("label[for=userName]").InnerTextAsync());

        await page.GetByText("English").ClickAsync();
        await page.Locator("#sign-in").Filter(new LocatorFilterOptions { HasText = "Sign in" }).WaitForAsync();
        Assert.Equal("User name", await page.Locator("label[for=userName]").InnerTextAsync());

        var english = await chromium.NewPageAsync(_portal.Address, locale: "en-US");
        await english.GotoAsync("/login");
        Assert.Equal("Sign in", await english.Locator("#sign-in").InnerTextAsync());
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
