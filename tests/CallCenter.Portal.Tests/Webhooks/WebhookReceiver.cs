using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Portal.Tests.Webhooks;

/// <summary>
/// A real HTTP endpoint (HttpListener on a free loopback port) that plays an integrator receiving webhooks: it records
/// every request and answers with the scripted statuses (<see cref="AnswerWith"/>), then 200. Tests await
/// <see cref="WaitForAsync"/> instead of sleeping. Shared by the Domain, Portal and Interop tests (linked file).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<int> _statuses = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly List<(Func<ReceivedWebhook, bool> Match, TaskCompletionSource<ReceivedWebhook> Seen)> _waiters = [];
    private readonly Task _loop;

    public WebhookReceiver()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/hooks/callcenter");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Where to point a subscription.</summary>
    public Uri Url { get; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received { get { lock (_received) return [.. _received]; } }

    /// <summary>The next requests are answered with these statuses, one each; after them, 200.</summary>
    public void AnswerWith(params int[] statuses)
    {
        lock (_received) foreach (var status in statuses) _statuses.Enqueue(status);
    }

    /// <summary>Completes with the first request (past or future) matching <paramref name="match"/>.</summary>
    public async Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (_received.FirstOrDefault(match) is { } already) return already;
            _waiters.Add((match, seen));
        }
        try
        {
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching webhook within {timeout}; received: {string.Join(" | ", Received.Select(r => $"{r.Event} {r.AnsweredWith} {r.Body}"))}");
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            int status;
            lock (_received) status = _statuses.Count > 0 ? _statuses.Dequeue() : 200;
            var request = new ReceivedWebhook(
                context.Request.HttpMethod,
                context.Request.Url?.AbsolutePath ?? "",
                context.Request.ContentType,
                context.Request.Headers["X-CallCenter-Event"],
                context.Request.Headers["X-CallCenter-Delivery"],
                long.TryParse(context.Request.Headers["X-CallCenter-Timestamp"], out var ts) ? ts : null,
                context.Request.Headers["X-CallCenter-Signature"],
                body,
                status);
            List<TaskCompletionSource<ReceivedWebhook>> matched;
            // Recorded before answering: a sender that saw the answer (and marked the delivery Delivered) finds the
            // request in Received already.
            lock (_received)
            {
                _received.Add(request);
                var hits = _waiters.Where(w => w.Match(request)).ToList();
                foreach (var hit in hits) _waiters.Remove(hit);
                matched = hits.Select(h => h.Seen).ToList();
            }
            context.Response.StatusCode = status;
            context.Response.Close();
            foreach (var seen in matched) seen.TrySetResult(request);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (ObjectDisposedException) { }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
