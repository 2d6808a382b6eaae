using CallCenter.Portal.Tests;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Webhooks;

/// <summary>
/// One real Portal for the webhooks page tests: a known admin password, and a delivery given up after one failed try
/// (<c>Webhooks:MaxAttempts=1</c>) so a "Failed" row, and sending it again, can be seen without waiting for back-off.
/// </summary>
public sealed class WebhookAdminPortal : IAsyncLifetime
{
    public const string AdminPassword = "Webhook-pages-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-webhooks-admin-").FullName;

    public PortalProcess Portal { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={AdminPassword}", "Webhooks:MaxAttempts=1");

    /// <summary>A new browser profile signed in as admin on <paramref name="path"/>, the page live; the clipboard may be read.</summary>
    public async Task<IPage> SignInAsAdminAsync(HeadlessChromium chromium, string path = "/admin/webhooks", string locale = "zh-CN")
    {
        var page = await chromium.NewPageAsync(Portal.Address, locale);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await PortalPages.SignInAsync(page, "admin", AdminPassword, path);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
