using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.CallControl;

/// <summary>What the call-control tests read: a live queue call through the API, and what a phone heard.</summary>
internal static class LiveCallsApi
{
    /// <summary>
    /// The caller's call id of the agent's live queue call. It is listed once the agent's answer has been handed to the
    /// caller, just after the phone reports the call established, with nothing to await in between: asked every 50 ms,
    /// at most 10 s.
    /// </summary>
    public static async Task<string> CallIdOfAgentAsync(HttpClient http, string agent)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var calls = await http.GetFromJsonAsync<JsonElement>($"/api/v1/acd/calls?agent={agent}");
            if (calls.GetArrayLength() == 1) return calls[0].GetProperty("callId").GetString()!;
            await Task.Delay(50);
        }
        throw new TimeoutException($"no live call of agent {agent} within 10 s");
    }

    /// <summary>The audio the phone received during its call (its recording, written when the call closed).</summary>
    public static short[] Heard(BaresipPhone phone)
    {
        var path = phone.ReceivedRecording();
        Assert.True(path is not null, $"{phone.User} recorded nothing:\n{phone.Log}");
        return TestWav.ReadSamples(path);
    }
}
