using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CallCenter.Interop.Tests.Cti;

/// <summary>
/// A SignalR client of the Portal's <c>/hubs/cti</c> as an integrator writes one: it keeps every event it receives
/// (method name and raw camelCase JSON) and lets a test await the first one that matches.
/// </summary>
public sealed class CtiClient : IAsyncDisposable
{
    public static readonly string[] Methods = ["offered", "connected", "notAnswered", "ended", "agentState"];

    private readonly HubConnection _connection;
    private readonly Lock _lock = new();
    private readonly List<(string Method, JsonElement Payload, DateTimeOffset ReceivedAt)> _events = [];
    private readonly List<(Func<string, JsonElement, bool> Match, TaskCompletionSource<JsonElement> Found)> _waiters = [];

    private CtiClient(HubConnection connection)
    {
        _connection = connection;
        foreach (var method in Methods) connection.On<JsonElement>(method, payload => Received(method, payload));
    }

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<(string Method, JsonElement Payload, DateTimeOffset ReceivedAt)> Events { get { lock (_lock) return [.. _events]; } }

    /// <summary>When (this machine's clock) the first <paramref name="method"/> event of call <paramref name="callId"/> arrived.</summary>
    public DateTimeOffset ReceivedAt(string method, string callId) =>
        Events.First(e => e.Method == method && e.Payload.TryGetProperty("callId", out var id) && id.GetString() == callId).ReceivedAt;

    /// <summary>
    /// Connects to <paramref name="portal"/>'s hub with an API key (<c>X-Api-Key</c>) and subscribes to one agent
    /// (<paramref name="agentId"/>) or, when null, to all.
    /// </summary>
    public static async Task<CtiClient> ConnectAsync(Uri portal, string apiKey, string? agentId)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(portal, "/hubs/cti"), options => options.Headers["X-Api-Key"] = apiKey)
            .Build();
        var client = new CtiClient(connection);
        await connection.StartAsync();
        if (agentId is null) await connection.InvokeAsync("SubscribeAll");
        else await connection.InvokeAsync("SubscribeAgent", agentId);
        return client;
    }

    /// <summary>The first event (received already or to come) of <paramref name="method"/> whose string <paramref name="property"/> is <paramref name="value"/>.</summary>
    public Task<JsonElement> NextAsync(string method, string property, string value, TimeSpan timeout) =>
        WaitAsync((m, p) => m == method && p.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == value,
            timeout, $"'{method}' with {property} {value}");

    /// <summary>The first event <paramref name="method"/> (received or to come) whose payload <paramref name="matches"/>.</summary>
    public Task<JsonElement> NextAsync(string method, Func<JsonElement, bool> matches, TimeSpan timeout, string what) =>
        WaitAsync((m, p) => m == method && matches(p), timeout, $"'{method}' {what}");

    /// <summary>The methods of the events received so far for call <paramref name="callId"/>, in order.</summary>
    public IReadOnlyList<string> MethodsFor(string callId) =>
        [.. Events.Where(e => e.Payload.TryGetProperty("callId", out var id) && id.GetString() == callId).Select(e => e.Method)];

    private async Task<JsonElement> WaitAsync(Func<string, JsonElement, bool> match, TimeSpan timeout, string what)
    {
        var found = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            foreach (var (method, payload, _) in _events)
                if (match(method, payload)) return payload;
            _waiters.Add((match, found));
        }
        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no {what} within {timeout}; received: {string.Join(", ", Events.Select(e => e.Method))}");
        }
    }

    private void Received(string method, JsonElement payload)
    {
        lock (_lock)
        {
            _events.Add((method, payload.Clone(), DateTimeOffset.UtcNow));
            foreach (var waiter in _waiters.ToList())
                if (waiter.Match(method, payload) && waiter.Found.TrySetResult(payload.Clone())) _waiters.Remove(waiter);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
