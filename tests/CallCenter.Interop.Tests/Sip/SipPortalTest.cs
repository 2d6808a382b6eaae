using System.Net;
using System.Text.RegularExpressions;
using CallCenter.Portal.Tests;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>Starts the real Portal in a folder of its own for each test and reads where its SIP server listens.</summary>
public abstract partial class SipPortalTest : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("callcenter-interop-").FullName;
    protected PortalProcess Portal { get; private set; } = null!;
    protected IPEndPoint Udp { get; private set; } = null!;
    protected IPEndPoint Tcp { get; private set; } = null!;

    /// <summary>Extra configuration as "Key=value".</summary>
    protected virtual string[] Settings => [];

    protected IPEndPoint Over(string sippTransport) => sippTransport.StartsWith('t') ? Tcp : Udp;

    [GeneratedRegex(@"SIP listening on udp:(?<udp>[0-9.]+:\d+) tcp:(?<tcp>[0-9.]+:\d+)")]
    private static partial Regex Listening();

    public async Task InitializeAsync()
    {
        Portal = await PortalProcess.StartAsync(Folder, TimeSpan.FromSeconds(90), Settings);
        var match = Listening().Match(Portal.Output);
        Assert.True(match.Success, "the Portal logs where SIP listens:\n" + Portal.Output);
        Udp = IPEndPoint.Parse(match.Groups["udp"].Value);
        Tcp = IPEndPoint.Parse(match.Groups["tcp"].Value);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
