using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests.Api;

namespace CallCenter.Portal.Tests.Webhooks;

/// <summary>One real portal process for the webhook API tests, retrying failed deliveries after 50 ms (<c>Webhooks:BackoffSeconds</c>).</summary>
public sealed class WebhookPortal : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("callcenter-portal-webhooks-").FullName;
    public PortalProcess Portal { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal = await PortalProcess.StartAsync(Folder, TimeSpan.FromSeconds(90), "DemoData:ExtensionPassword=secret-demo", "Webhooks:BackoffSeconds=0.05");
        Http = Portal.CreateClient();
    }

    /// <summary>Creates a webhook through the API; returns its id and the secret shown once.</summary>
    public async Task<(long Id, string Secret)> CreateAsync(string name, Uri url, params string[] events)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/webhooks", new { name, url, events });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"POST /api/v1/webhooks: {(int)response.StatusCode} {text}");
        var created = JsonSerializer.Deserialize<JsonElement>(text);
        return (created.GetProperty("id").GetInt64(), created.GetProperty("secret").GetString()!);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
