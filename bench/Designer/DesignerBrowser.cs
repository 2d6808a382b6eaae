using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace CallCenter.Bench.Designer;

/// <summary>
/// Debian's Chromium, headless through Playwright, signed in as admin on the Portal: imports flows through the designer's
/// import form, opens them and drags nodes, timing both in the browser (<c>performance.now()</c>).
/// </summary>
public sealed class DesignerBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Runs at the start of every document: notes performance.now() (ms since navigation start) when the page first
    // holds at least n [data-node-id] elements, for every n seen.
    private const string NodeCountStamps = """
        (() => {
          window.__nodesAt = {};
          const stamp = () => {
            const n = document.querySelectorAll('[data-node-id]').length;
            if (n > 0 && !(n in window.__nodesAt)) window.__nodesAt[n] = performance.now();
          };
          new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
        })();
        """;

    // Arms one move: from the pointerdown (and from the last pointermove) until the node's box stands dx px from where
    // it was, observed on every DOM mutation (the position is in the DOM, not yet necessarily painted).
    private const string ArmMove = """
        ([id, dx]) => {
          const box = () => document.querySelector(`[data-node-id="${id}"]`).getBoundingClientRect().left;
          const target = box() + dx;
          let down = null, lastMove = null;
          const onDown = () => { down = performance.now(); };
          const onMove = () => { if (down !== null) lastMove = performance.now(); };
          document.addEventListener('pointerdown', onDown, { capture: true, once: true });
          document.addEventListener('pointermove', onMove, { capture: true });
          window.__move = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (down === null || Math.abs(box() - target) > 1.5) return;
              const at = performance.now();
              observer.disconnect();
              document.removeEventListener('pointermove', onMove, { capture: true });
              resolve([at - down, at - (lastMove ?? down)]);
            });
            observer.observe(document.body, { attributes: true, childList: true, subtree: true });
            setTimeout(() => { observer.disconnect(); resolve([-1, -1]); }, 15000);
          });
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DesignerBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<DesignerBrowser> StartAsync(Uri portal)
    {
        if (!File.Exists(ExecutablePath)) throw new InvalidOperationException($"{ExecutablePath} is missing (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.ToString(), Locale = "en", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(NodeCountStamps);
        return new DesignerBrowser(playwright, browser, await context.NewPageAsync());
    }

    /// <summary>Signs in on the /login form as <paramref name="user"/> and waits for the flow list to be live.</summary>
    public async Task SignInAsync(string user, string password)
    {
        await Page.GotoAsync($"/login?returnUrl={Uri.EscapeDataString("/designer")}");
        await Page.Locator("#userName").FillAsync(user);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("#sign-in").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/login");
        await Page.Locator("#page-live[data-live=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Imports <paramref name="json"/> as flow <paramref name="id"/> through the flow list's import form.</summary>
    public async Task ImportAsync(string id, string json)
    {
        await Page.Locator("#designer-import-id").FillAsync(id);
        await Page.Locator("#designer-import-file").SetInputFilesAsync(new FilePayload
        {
            Name = $"{id}.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json),
        });
        await Page.Locator($"#flow-row-{id}").WaitForAsync();
    }

    /// <summary>
    /// Opens /designer/<paramref name="id"/> and waits for all <paramref name="nodes"/> nodes: the browser's time from
    /// navigation start to the first moment they were all in the DOM, and the wall clock around goto + wait.
    /// </summary>
    public async Task<(double BrowserMs, double WallMs)> OpenAsync(string id, int nodes)
    {
        var wall = Stopwatch.StartNew();
        await Page.GotoAsync($"/designer/{id}");
        await Page.WaitForFunctionAsync("n => document.querySelectorAll('[data-node-id]').length >= n", nodes,
            new() { PollingInterval = 5, Timeout = 60_000 });
        var wallMs = wall.Elapsed.TotalMilliseconds;
        var browserMs = await Page.EvaluateAsync<double>(
            "n => Math.min(...Object.entries(window.__nodesAt).filter(([k]) => Number(k) >= n).map(([, v]) => v))", nodes);
        return (browserMs, wallMs);
    }

    /// <summary>Ids of the nodes whose title bar lies inside the canvas with room to move 40 px either way, in page order.</summary>
    public Task<string[]> DraggableNodesAsync() => Page.EvaluateAsync<string[]>("""
        () => {
          const canvas = document.querySelector('.diagram-canvas').getBoundingClientRect();
          return [...document.querySelectorAll('[data-node-id]')].filter(n => {
            const t = n.querySelector('.flow-node-title').getBoundingClientRect();
            const x = t.left + t.width / 2, y = t.top + t.height / 2;
            return x - 60 > canvas.left && x + 60 < canvas.right && y - 10 > canvas.top && y + 10 < canvas.bottom;
          }).map(n => n.getAttribute('data-node-id'));
        }
        """);

    /// <summary>
    /// Drags node <paramref name="id"/> by its title bar <paramref name="dx"/> px (down, <paramref name="steps"/> moves,
    /// up): ms from the pointerdown, and from the last pointermove, until its new position is in the DOM. Chromium
    /// dispatches each mouse move at the next animation frame, so every step adds up to ≈ 16.7 ms before the last one.
    /// </summary>
    public async Task<(double FromDownMs, double FromLastMoveMs)> MoveAsync(string id, int dx, int steps)
    {
        var title = Page.Locator($"[data-node-id='{id}'] .flow-node-title");
        var box = await title.BoundingBoxAsync() ?? throw new InvalidOperationException($"node {id} is not visible");
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await Page.EvaluateAsync(ArmMove, new object[] { id, dx });
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(x + dx, y, new() { Steps = steps });
        await Page.Mouse.UpAsync();
        var times = await Page.EvaluateAsync<double[]>("() => window.__move");
        if (times[0] < 0) throw new TimeoutException($"node {id} did not move {dx} px within 15 s");
        return (times[0], times[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
