using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests.Webhooks;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Webhooks;

/// <summary>
/// /admin/webhooks in headless Chromium against the real Portal and a real HTTP endpoint (<see cref="WebhookReceiver"/>):
/// the secret shown once signs the test message, a new secret replaces it, and a failed message is sent again from the log.
/// </summary>
public sealed class WebhooksAdminTests(HeadlessChromium chromium, WebhookAdminPortal admin) : IClassFixture<HeadlessChromium>, IClassFixture<WebhookAdminPortal>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_copied_secret_verifies_the_test_message_and_after_a_new_secret_only_the_new_one_does()
    {
        await using var receiver = new WebhookReceiver();
        var page = await admin.SignInAsAdminAsync(chromium);
        var (id, secret) = await CreateAsync(page, "crm", receiver.Url, "call-offered", "call-ended");
        await page.Locator("#webhook-secret-copy").ClickAsync();
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        using (var http = admin.Portal.CreateClient())
        {
            var stored = await http.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{id}");
            Assert.Equal(("crm", receiver.Url.ToString(), true), (stored.GetProperty("name").GetString(), stored.GetProperty("url").GetString(), stored.GetProperty("enabled").GetBoolean()));
            Assert.Equal(["call.offered", "call.ended"], stored.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        }

        await page.Locator($"#webhook-test-{id}").ClickAsync();
        var first = await receiver.WaitForAsync(r => r.Event == "ping", Timeout);
        Assert.Equal(first.ExpectedSignature(secret), first.Signature);
        await page.Locator($"#webhook-log-table tr[data-delivery='{first.Delivery}'][data-state='Delivered']").WaitForAsync();
        Assert.Contains("已送达", await page.Locator($"#webhook-log-table tr[data-delivery='{first.Delivery}']").InnerTextAsync());
        await page.Locator($"#webhooks-table td[data-webhook-id='{id}'] ~ td[data-last-state='Delivered']").WaitForAsync();

        await page.Locator($"#webhook-rotate-{id}").ClickAsync();
        await page.Locator($"#webhook-rotate-confirm-{id}").ClickAsync();
        await page.WaitForFunctionAsync("old => { const s = document.getElementById('webhook-secret'); return !!s && s.innerText.trim() !== old; }", secret);
        var rotated = (await page.Locator("#webhook-secret").InnerTextAsync()).Trim();
        Assert.StartsWith("whsec_", rotated);

        await page.Locator($"#webhook-test-{id}").ClickAsync();
        var second = await receiver.WaitForAsync(r => r.Event == "ping" && r.Delivery != first.Delivery, Timeout);
        Assert.Equal(second.ExpectedSignature(rotated), second.Signature);
        Assert.NotEqual(second.ExpectedSignature(secret), second.Signature);
        await page.Locator($"#webhook-log-table tr[data-delivery='{second.Delivery}'][data-state='Delivered']").WaitForAsync();
    }

    [Fact]
    public async Task A_message_the_endpoint_refused_shows_Failed_with_its_answer_and_is_delivered_when_sent_again()
    {
        await using var receiver = new WebhookReceiver();
        receiver.AnswerWith(503);
        var page = await admin.SignInAsAdminAsync(chromium);
        var (id, _) = await CreateAsync(page, "erp", receiver.Url, "all");

        await page.Locator($"#webhook-test-{id}").ClickAsync();
        var refused = await receiver.WaitForAsync(r => r.Event == "ping", Timeout);
        var row = page.Locator($"#webhook-log-table tr[data-delivery='{refused.Delivery}']");
        await page.Locator($"#webhook-log-table tr[data-delivery='{refused.Delivery}'][data-state='Failed']").WaitForAsync();
        Assert.Contains("503", await row.InnerTextAsync());
        await page.Locator($"#webhooks-table td[data-webhook-id='{id}'] ~ td[data-failed='1']").WaitForAsync();

        await page.Locator($"#webhook-payload-{refused.Delivery}").ClickAsync();
        Assert.Contains("\"type\": \"ping\"", await page.Locator($"#webhook-payload-view-{refused.Delivery}").InnerTextAsync());

        await page.Locator($"#webhook-retry-{refused.Delivery}").ClickAsync();
        await receiver.WaitForAsync(r => r.Delivery == refused.Delivery && r.AnsweredWith == 200, Timeout);
        await page.Locator($"#webhook-log-table tr[data-delivery='{refused.Delivery}'][data-state='Delivered']").WaitForAsync();
        await page.Locator($"#webhooks-table td[data-webhook-id='{id}'] ~ td[data-failed='0']").WaitForAsync();
    }

    [Fact]
    public async Task A_webhook_needs_a_name_an_http_address_and_an_event_and_a_deleted_one_is_gone()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin");
        await page.Locator("#admin-webhooks").ClickAsync(); // the card on the administration home
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/webhooks");
        await PortalPages.WaitLiveAsync(page);
        await page.Locator("#webhook-new").ClickAsync();
        await page.Locator("#webhook-url").FillAsync("ftp://crm.example.com/hook");
        await page.Locator("#webhook-save").ClickAsync();
        await page.Locator("#webhook-events-error").Filter(new LocatorFilterOptions { HasText = "请至少选择一种事件" }).WaitForAsync();
        Assert.Contains("http://", await page.Locator("#webhook-editor").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#webhook-secret").CountAsync());

        await page.Locator("#webhook-cancel").ClickAsync();
        // The editor must be gone before "new" is clicked again, or that click lands on the closing editor's page.
        await page.Locator("#webhook-editor").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var (id, _) = await CreateAsync(page, "old crm", new Uri("https://crm.example.com/hook"), "agent-state");
        await page.Locator($"#webhook-delete-{id}").ClickAsync();
        await page.Locator($"#webhook-delete-confirm-{id}").ClickAsync();
        await page.Locator($"#webhooks-table td[data-webhook-id='{id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        using var http = admin.Portal.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
    }

    /// <summary>Creates a webhook in the page (events by checkbox id suffix) and returns its id and the secret shown.</summary>
    private static async Task<(long Id, string Secret)> CreateAsync(IPage page, string name, Uri url, params string[] events)
    {
        await page.Locator("#webhook-new").ClickAsync();
        await page.Locator("#webhook-name").FillAsync(name);
        await page.Locator("#webhook-url").FillAsync(url.ToString());
        foreach (var e in events) await page.Locator($"#webhook-event-{e}").CheckAsync();
        await page.Locator("#webhook-save").ClickAsync();
        var secret = (await page.Locator("#webhook-secret").InnerTextAsync()).Trim();
        Assert.StartsWith("whsec_", secret);
        var cell = page.Locator($"#webhooks-table td[data-webhook='{name}']");
        await cell.WaitForAsync();
        Assert.DoesNotContain(secret, await page.Locator("#webhooks-table").InnerTextAsync());
        return (long.Parse((await cell.GetAttributeAsync("data-webhook-id"))!), secret);
    }
}
