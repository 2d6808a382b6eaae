using System.Text.Json;

namespace CallCenter.Portal.Tests;

/// <summary>With <c>Logging:Console:FormatterName=json</c> the portal writes one JSON object per line, its named values kept apart for a log collector.</summary>
public sealed class StructuredLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-logs-").FullName;

    [Fact]
    public async Task Json_logs_carry_the_level_category_message_and_its_named_values()
    {
        await using var portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), "Logging:Console:FormatterName=json");
        await portal.WaitForOutputAsync("Sign in at", TimeSpan.FromSeconds(10));
        var line = portal.Output.Split(Environment.NewLine).First(l => l.Contains("Sign in at", StringComparison.Ordinal));
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        Assert.Equal("Information", root.GetProperty("LogLevel").GetString());
        Assert.Equal("CallCenter.Portal", root.GetProperty("Category").GetString());
        Assert.StartsWith($"Sign in at {portal.Address.ToString().TrimEnd('/')}/login", root.GetProperty("Message").GetString());
        Assert.Equal(portal.Address.ToString().TrimEnd('/'), root.GetProperty("State").GetProperty("Url").GetString());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
