using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CallCenter.Interop.Tests.Sip.Baresip;

/// <summary>
/// A client of baresip's ctrl_tcp module: netstring-framed JSON (<c>LEN:{json},</c>). Requests
/// <c>{"command":"dial","params":"sip:…","token":"1"}</c> get responses with the same token; events
/// (<c>CALL_ESTABLISHED</c>, <c>CALL_DTMF_START</c> with the digit as param, <c>CALL_CLOSED</c>…) are kept in
/// order so a test can await one that already arrived.
/// </summary>
internal sealed class BaresipControl : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<BaresipEvent> _events = [];
    private readonly Dictionary<string, TaskCompletionSource<string>> _pending = [];
    private readonly Task _reader;
    private int _token;
    private Action? _changed;

    private BaresipControl(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Connects, retrying while baresip starts (bounded by <paramref name="timeout"/>).</summary>
    public static async Task<BaresipControl> ConnectAsync(int port, TimeSpan timeout, Func<string> log)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var tcp = new TcpClient();
            try
            {
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return new BaresipControl(tcp);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                tcp.Dispose();
                await Task.Delay(100); // polling a socket that is not listening yet: nothing to await instead
            }
            catch (SocketException ex)
            {
                tcp.Dispose();
                throw new TimeoutException($"baresip's ctrl_tcp on port {port} did not accept within {timeout}:\n{log()}", ex);
            }
        }
    }

    public IReadOnlyList<BaresipEvent> Events
    {
        get { lock (_events) return [.. _events]; }
    }

    /// <summary>Sends a command (e.g. "dial", "sip:1002@…") and returns its response data.</summary>
    public async Task<string> CommandAsync(string command, string parameters = "", TimeSpan? timeout = null)
    {
        var token = Interlocked.Increment(ref _token).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending) _pending[token] = done;
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["command"] = command, ["params"] = parameters, ["token"] = token });
        var frame = Encoding.ASCII.GetBytes($"{body.Length}:").Concat(body).Append((byte)',').ToArray();
        await _stream.WriteAsync(frame);
        return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
    }

    /// <summary>The first event of this type (and param, when given) after <paramref name="after"/> events, awaited up to <paramref name="timeout"/>.</summary>
    public async Task<BaresipEvent> WaitForEventAsync(string type, TimeSpan timeout, int after = 0, string? param = null)
    {
        var seen = new TaskCompletionSource<BaresipEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            lock (_events)
                for (var i = after; i < _events.Count; i++)
                    if (_events[i].Type == type && (param is null || _events[i].Param == param))
                    {
                        seen.TrySetResult(_events[i]);
                        return;
                    }
        }
        lock (_events) _changed += Check;
        try
        {
            Check();
            return await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no {type} event within {timeout}; events: {string.Join(", ", Events.Select(e => $"{e.Type}({e.Param})"))}");
        }
        finally
        {
            lock (_events) _changed -= Check;
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var read = await _stream.ReadAsync(chunk, _stop.Token);
                if (read == 0) break;
                buffer.AddRange(chunk.AsSpan(0, read));
                while (TryTake(buffer, out var message)) Dispatch(message);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException) { }
    }

    private static bool TryTake(List<byte> buffer, out byte[] message)
    {
        message = [];
        var colon = buffer.IndexOf((byte)':');
        if (colon < 0) return false;
        var length = int.Parse(Encoding.ASCII.GetString(buffer.GetRange(0, colon).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        if (buffer.Count < colon + 1 + length + 1) return false;
        message = buffer.GetRange(colon + 1, length).ToArray();
        buffer.RemoveRange(0, colon + 1 + length + 1);
        return true;
    }

    private void Dispatch(byte[] message)
    {
        using var json = JsonDocument.Parse(message);
        var root = json.RootElement;
        if (root.TryGetProperty("response", out _))
        {
            var token = root.TryGetProperty("token", out var t) ? t.GetString() ?? "" : "";
            var data = root.TryGetProperty("data", out var d) ? d.GetString() ?? "" : "";
            TaskCompletionSource<string>? done;
            lock (_pending)
                if (_pending.Remove(token, out done)) { }
            done?.TrySetResult(data);
            return;
        }
        var type = root.TryGetProperty("type", out var ty) ? ty.GetString() ?? "" : "";
        var param = root.TryGetProperty("param", out var p) ? p.GetString() ?? "" : "";
        Action? changed;
        lock (_events)
        {
            _events.Add(new BaresipEvent(type, param));
            changed = _changed;
        }
        changed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _tcp.Dispose();
        await _reader;
        _stop.Dispose();
    }
}

/// <summary>One ctrl_tcp event: its type (CALL_ESTABLISHED…) and param (the DTMF digit, the close reason).</summary>
internal sealed record BaresipEvent(string Type, string Param);
