using System.Globalization;
using CallCenter.Bench.Designer;

// The designer under a 150-activity flow: the real Portal, flows imported through the designer's import form, Chromium
// headless opening them and dragging nodes. Baseline in the same run: a 10-activity flow opened and dragged the same way.
// Progress on stderr; the last line on stdout is the JSON of the figures.
BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (Exception e) when (e is ArgumentException or FormatException or IndexOutOfRangeException)
{
    Console.Error.WriteLine($"bench/Designer: {e.Message}");
    return 2;
}

const string Large = "designer-bench-150", Small = "designer-bench-10";
var password = "Bench-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
var clock = System.Diagnostics.Stopwatch.StartNew();
void Say(string text) => Console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {text}");
static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

await using var portal = await PortalHost.StartAsync(options.PortalDll, password, options.Keep, TimeSpan.FromSeconds(120));
Say($"Portal listening on {portal.Address}");
await using var browser = await DesignerBrowser.StartAsync(portal.Address);
await browser.SignInAsync("admin", password);
await browser.ImportAsync(Large, FlowGenerator.Json(Large, BenchOptions.LargeFlow));
await browser.ImportAsync(Small, FlowGenerator.Json(Small, BenchOptions.SmallFlow));
Say($"signed in; flows of {BenchOptions.LargeFlow} and {BenchOptions.SmallFlow} activities imported");

// Warm-up (JIT of the designer's code on the server, the browser's caches): each flow opened once, not measured.
foreach (var (id, n) in new[] { (Small, BenchOptions.SmallFlow), (Large, BenchOptions.LargeFlow) })
{
    var warm = await browser.OpenAsync(id, n);
    Say($"warm-up open of {n}: {F(warm.BrowserMs)} ms");
}

var opens = new Dictionary<int, List<(double Browser, double Wall)>> { [BenchOptions.SmallFlow] = [], [BenchOptions.LargeFlow] = [] };
for (var i = 0; i < options.Opens; i++)
{
    foreach (var (id, n) in new[] { (Small, BenchOptions.SmallFlow), (Large, BenchOptions.LargeFlow) })
    {
        var open = await browser.OpenAsync(id, n);
        opens[n].Add(open);
        Say($"open {n} activities: {F(open.BrowserMs)} ms from navigation start (wall clock around goto + wait {F(open.WallMs)} ms)");
    }
}

// The page now shows the 150-activity flow: drag visible nodes by their title bars, each 40 px right, then back.
async Task<List<(double FromDown, double FromLastMove)>> MovesAsync(int count)
{
    var nodes = await browser.DraggableNodesAsync();
    if (nodes.Length == 0) throw new InvalidOperationException("no node is inside the canvas");
    var moves = new List<(double, double)>();
    for (var i = 0; i < count; i++)
    {
        var dx = i / nodes.Length % 2 == 0 ? 40 : -40;
        moves.Add(await browser.MoveAsync(nodes[i % nodes.Length], dx, options.Steps));
    }
    return moves;
}

var largeMoves = await MovesAsync(options.Moves);
var fromDown = largeMoves.Select(m => m.FromDown).ToList();
var fromLast = largeMoves.Select(m => m.FromLastMove).ToList();
Say($"{options.Moves} moves ({options.Steps} pointermove(s) of 40 px in all) on {BenchOptions.LargeFlow}: pointerdown → new position p50 {F(Percentiles.Of(fromDown, 0.5))} ms, p95 {F(Percentiles.Of(fromDown, 0.95))} ms, max {F(fromDown.Max())} ms; " +
    $"last pointermove → new position p50 {F(Percentiles.Of(fromLast, 0.5))} ms, p95 {F(Percentiles.Of(fromLast, 0.95))} ms");

await browser.OpenAsync(Small, BenchOptions.SmallFlow);
var smallMoves = await MovesAsync(BenchOptions.BaselineMoves);
var smallDown = smallMoves.Select(m => m.FromDown).ToList();
Say($"baseline: {BenchOptions.BaselineMoves} moves on {BenchOptions.SmallFlow}: pointerdown → new position p50 {F(Percentiles.Of(smallDown, 0.5))} ms, max {F(smallDown.Max())} ms");

var open150 = Percentiles.Of(opens[BenchOptions.LargeFlow].Select(o => o.Browser).ToList(), 0.5);
var open10 = Percentiles.Of(opens[BenchOptions.SmallFlow].Select(o => o.Browser).ToList(), 0.5);
var moveP50 = Percentiles.Of(fromDown, 0.5);
var moveP95 = Percentiles.Of(fromDown, 0.95);
var baseMove = Percentiles.Of(smallDown, 0.5);
var lastP50 = Percentiles.Of(fromLast, 0.5);
var lastP95 = Percentiles.Of(fromLast, 0.95);
var gestures = largeMoves.Select(m => m.FromDown - m.FromLastMove).ToList();
Say($"of which the drag itself (pointerdown → last pointermove, Playwright dispatching down + {options.Steps} move(s)) p50 {F(Percentiles.Of(gestures, 0.5))} ms; " +
    $"on {BenchOptions.SmallFlow} p50 {F(Percentiles.Of(smallMoves.Select(m => m.FromDown - m.FromLastMove).ToList(), 0.5))} ms");
Say($"open: median of {options.Opens}; 150 ÷ 10 activities = {F(open150 / open10)}; move p50 on 150 ÷ move p50 on 10 = {F(moveP50 / baseMove)}; " +
    $"targets open ≤ 2000 ms: {(open150 <= 2000 ? "met" : "missed")}, move p95 ≤ 100 ms: {(moveP95 <= 100 ? "met" : "missed")}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"open_150_ms\":{open150:0.0},\"move_p95_ms\":{moveP95:0.0},\"move_p50_ms\":{moveP50:0.0},\"open_10_ms\":{open10:0.0},\"move_10_p50_ms\":{baseMove:0.0},\"after_last_move_p50_ms\":{lastP50:0.0},\"after_last_move_p95_ms\":{lastP95:0.0},\"moves\":{options.Moves},\"steps\":{options.Steps}}}"));
return 0;
