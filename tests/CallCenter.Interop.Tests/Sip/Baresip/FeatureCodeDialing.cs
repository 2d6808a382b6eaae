using System.Net;

namespace CallCenter.Interop.Tests.Sip.Baresip;

/// <summary>A phone dialling a feature code (*70–*73) on the server and waiting until the server has answered, confirmed and hung up.</summary>
internal static class FeatureCodeDialing
{
    public static async Task DialFeatureCodeAsync(this BaresipPhone phone, string code, IPEndPoint server, TimeSpan wait)
    {
        var before = phone.Control.Events.Count;
        await phone.Control.CommandAsync("dial", $"sip:{code}@{server.Address}:{server.Port}");
        await phone.Control.WaitForEventAsync("CALL_ESTABLISHED", wait, after: before);
        // The server hangs up once the confirmation is played.
        await phone.Control.WaitForEventAsync("CALL_CLOSED", wait, after: before);
    }
}
