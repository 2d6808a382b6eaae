using CallCenter.Portal.Tests;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>
/// One real Portal (demo data, a fresh SQLite database in its own folder) with a known admin password, shared by the
/// tests of one administration-page class; and what an admin does in those pages (sign in, pick from a MudSelect).
/// </summary>
public sealed class AdminPortal : IAsyncLifetime
{
    public const string AdminPassword = "Admin-pages-2026";
    public const string UserPassword = "Demo-users-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-admin-").FullName;

    public PortalProcess Portal { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={AdminPassword}", $"DemoData:UserPassword={UserPassword}");

    /// <summary>A new browser profile signed in as admin on <paramref name="path"/>, the page live.</summary>
    public async Task<IPage> SignInAsAdminAsync(HeadlessChromium chromium, string path, string locale = "zh-CN")
    {
        var page = await chromium.NewPageAsync(Portal.Address, locale);
        await PortalPages.SignInAsync(page, "admin", AdminPassword, path);
        return page;
    }

    /// <summary>Opens the MudSelect whose input has <paramref name="inputId"/> and picks the option named <paramref name="option"/>.</summary>
    public static async Task PickAsync(IPage page, string inputId, string option)
    {
        await page.Locator(".mud-select", new PageLocatorOptions { Has = page.Locator($"#{inputId}") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
        // The pick reaches the server asynchronously: wait until the select shows it, or a Save right after may miss it.
        await page.WaitForFunctionAsync(
            "([id, text]) => { const input = document.getElementById(id); const select = input?.closest('.mud-select');"
            + " return !!select && !document.querySelector('.mud-popover-open [role=option]')"
            + " && (input.value === text || [...select.querySelectorAll('input')].some(i => i.value === text) || select.innerText.includes(text)); }",
            new[] { inputId, option });
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
