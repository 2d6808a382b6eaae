using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>What a user does in the portal's pages, for the browser tests: sign in through the real form.</summary>
public static class PortalPages
{
    /// <summary>Signs <paramref name="user"/> in on the /login form and waits until the browser has left it.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/login");
        await WaitLiveAsync(page);
    }

    /// <summary>
    /// After a pick in a MudSelect: waits until a select shows <paramref name="text"/> and its list is closed. The pick
    /// reaches the server asynchronously; a Save clicked before may go without it (seen on loaded CI machines).
    /// </summary>
    public static Task WaitPickedAsync(IPage page, string text) =>
        page.WaitForFunctionAsync("text => [...document.querySelectorAll('.mud-select input')].some(i => i.value.includes(text))"
            + " && !document.querySelector('.mud-popover-open [role=option]')", text);

    /// <summary>Waits until the page's circuit is connected (prerendered buttons do nothing before).</summary>
    public static Task WaitLiveAsync(IPage page) =>
        page.Locator("#page-live[data-live=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Chooses <paramref name="files"/> in a Blazor InputFile once the page's script has wired it (a file chosen on the
    /// prerendered element, or before the circuit's first render replaced it, raises nothing).
    /// </summary>
    public static async Task ChooseFilesAsync(IPage page, string selector, FilePayload file)
    {
        await WaitInputFileWiredAsync(page, selector);
        await page.Locator(selector).SetInputFilesAsync(file);
    }

    /// <summary>As <see cref="ChooseFilesAsync(IPage, string, FilePayload)"/>, with a file on disk.</summary>
    public static async Task ChooseFilesAsync(IPage page, string selector, string path)
    {
        await WaitInputFileWiredAsync(page, selector);
        await page.Locator(selector).SetInputFilesAsync(path);
    }

    private static Task WaitInputFileWiredAsync(IPage page, string selector) =>
        page.WaitForFunctionAsync("selector => document.querySelector(selector)?._blazorInputFileNextFileId !== undefined", selector);

    /// <summary>Notes in the page (window.__seenAt[selector], ms since the epoch) when an element matching <paramref name="selector"/> first appears.</summary>
    public static Task StampWhenShownAsync(IPage page, string selector) =>
        page.EvaluateAsync(@"selector => {
            window.__seenAt = window.__seenAt || {};
            const stamp = () => { if (!window.__seenAt[selector] && document.querySelector(selector)) window.__seenAt[selector] = Date.now(); };
            new MutationObserver(stamp).observe(document.body, { childList: true, subtree: true, characterData: true });
            stamp();
        }", selector);

    /// <summary>When <see cref="StampWhenShownAsync"/> saw <paramref name="selector"/> appear.</summary>
    public static async Task<DateTimeOffset> SeenAtAsync(IPage page, string selector) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)await page.EvaluateAsync<double>("selector => window.__seenAt[selector]", selector));
}
