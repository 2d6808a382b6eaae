using System.Text.Json;
using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// Every flow under workflows/ is published by the real Portal on first start — validated with every activity and
/// the prompt library (the engine tests validate only the flows that need no call activities).
/// </summary>
public sealed class ShippedFlowsPublishTests : SipPortalTest
{
    [Fact]
    public async Task Each_shipped_flow_is_published_on_first_start()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows");
        var ids = Directory.EnumerateFiles(shipped, "*.json")
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("id").GetString()!)
            .ToList();
        Assert.Contains("hotline-12345", ids);
        Assert.Contains("prepaid-card", ids);
        Assert.Contains("satisfaction-survey", ids);
        foreach (var id in ids)
            await Portal.WaitForOutputAsync($"Published shipped workflow {id} v1", TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("is invalid", Portal.Output);
    }
}
