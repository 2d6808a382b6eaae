using System.Diagnostics;
using System.Net.Http.Json;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>
/// Reads a call's queue log through <c>GET /api/v1/queue-events</c> once it shows what a test expects: the ACD writes its
/// log to the database in batches, off the decision path, and the Portal logs no line for it, so the API is read every
/// 50 ms, at most <c>wait</c>.
/// </summary>
public static class QueueLogApi
{
    /// <summary>The queue events of <paramref name="callId"/>, oldest first, once <paramref name="shows"/> holds.</summary>
    public static async Task<List<ApiQueueEvent>> EventsAsync(HttpClient http, string callId, Func<List<ApiQueueEvent>, bool> shows, TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        List<ApiQueueEvent> events = [];
        while (clock.Elapsed < wait)
        {
            events = [.. (await http.GetFromJsonAsync<List<ApiQueueEvent>>($"/api/v1/queue-events?callId={Uri.EscapeDataString(callId)}"))!.OrderBy(e => e.Id)];
            if (shows(events)) return events;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the queue events of {callId} did not show as expected within {wait}: {string.Join(", ", events)}");
    }
}
