using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CallCenter.Bench.ScreenPop;
using Microsoft.AspNetCore.SignalR.Client;

// A WebCTI client for bench/Portal/run.sh: subscribes to every agent's events on <portal>/hubs/cti, measures the hub's
// raw round trip (Ping) as the baseline, prints "READY", then collects `offered` events until --calls distinct calls
// have popped (or --timeout), and prints one JSON object with the figures (all times from this machine's clock).
// Usage: CallCenter.Bench.ScreenPop --url http://127.0.0.1:5080 --key <admin API key> --calls 200 [--timeout 300] [--pings 200]
var options = Args(args);
var url = new Uri(new Uri(options.GetValueOrDefault("url", "http://127.0.0.1:5080")), "/hubs/cti");
var calls = int.Parse(options.GetValueOrDefault("calls", "200"), CultureInfo.InvariantCulture);
var pings = int.Parse(options.GetValueOrDefault("pings", "200"), CultureInfo.InvariantCulture);
var timeout = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("timeout", "300"), CultureInfo.InvariantCulture));

var samples = new ConcurrentDictionary<string, OfferSample>(StringComparer.Ordinal);
var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var key = options.GetValueOrDefault("key", "");
await using var connection = new HubConnectionBuilder().WithUrl(url, o => o.Headers["X-Api-Key"] = key).Build();
connection.On<JsonElement>("offered", offered =>
{
    var received = DateTimeOffset.UtcNow;
    var pop = offered.GetProperty("pop");
    var callId = offered.GetProperty("callId").GetString()!;
    if (pop.GetProperty("serverInviteAt").ValueKind == JsonValueKind.Null) return;
    samples.TryAdd(callId, new OfferSample(callId, pop.GetProperty("serverInviteAt").GetDateTimeOffset(), offered.GetProperty("at").GetDateTimeOffset(),
        offered.GetProperty("sentAt").GetDateTimeOffset(), received, pop.GetProperty("customer").ValueKind == JsonValueKind.Object,
        pop.GetProperty("recentCalls").GetArrayLength(), pop.GetProperty("recentTickets").GetArrayLength()));
    if (samples.Count >= calls) done.TrySetResult();
});
await connection.StartAsync();
await connection.InvokeAsync("SubscribeAll");

// Baseline: the hub's own round trip on this connection (client → hub method → client), no call, no lookup.
var roundTrips = new List<double>(pings);
for (var i = 0; i < 20 + pings; i++)
{
    var clock = Stopwatch.StartNew();
    await connection.InvokeAsync<DateTimeOffset>("Ping");
    if (i >= 20) roundTrips.Add(clock.Elapsed.TotalMilliseconds);
}
Console.WriteLine("READY");
Console.Out.Flush();

await Task.WhenAny(done.Task, Task.Delay(timeout));
var all = samples.Values.ToList();
double P(Func<OfferSample, double> of, double p) => Math.Round(Percentiles.Of(all.Select(of).ToList(), p), 1);
var result = new Dictionary<string, object?>
{
    ["pops"] = all.Count,
    ["pop_p50_ms"] = P(s => s.PopMs, 0.5),
    ["pop_p95_ms"] = P(s => s.PopMs, 0.95),
    ["pop_max_ms"] = P(s => s.PopMs, 1),
    ["offer_p50_ms"] = P(s => s.OfferMs, 0.5),
    ["offer_p95_ms"] = P(s => s.OfferMs, 0.95),
    ["build_p50_ms"] = P(s => s.BuildMs, 0.5),
    ["build_p95_ms"] = P(s => s.BuildMs, 0.95),
    ["delivery_p50_ms"] = P(s => s.DeliveryMs, 0.5),
    ["delivery_p95_ms"] = P(s => s.DeliveryMs, 0.95),
    ["ping_rtt_p50_ms"] = Math.Round(Percentiles.Of(roundTrips, 0.5), 2),
    ["ping_rtt_p95_ms"] = Math.Round(Percentiles.Of(roundTrips, 0.95), 2),
    ["customers_found"] = all.Count(s => s.CustomerFound),
    ["with_recent_calls"] = all.Count(s => s.RecentCalls > 0),
    ["with_recent_tickets"] = all.Count(s => s.RecentTickets > 0),
};
Console.WriteLine(JsonSerializer.Serialize(result));
return all.Count >= calls ? 0 : 1;

static Dictionary<string, string> Args(string[] args)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
    return map;
}
