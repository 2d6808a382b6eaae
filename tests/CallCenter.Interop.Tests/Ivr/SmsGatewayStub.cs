using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// Stands in for the operator's SMS gateway (outside the product, not runnable here): an HTTP/1.1 listener on a free
/// loopback port that answers every POST 200 and hands its JSON body (<c>{"id","to","text"}</c>) to the test.
/// </summary>
public sealed class SmsGatewayStub : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<JsonElement> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;

    public SmsGatewayStub()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/sms";

    /// <summary>The first message posted.</summary>
    public Task<JsonElement> FirstMessage => _first.Task;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            using (client) await ServeAsync(client.GetStream());
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer, length)) < 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
            if (read == 0) return;
            length += read;
        }
        var headers = Encoding.ASCII.GetString(buffer, 0, headerEnd).Split("\r\n");
        var bodyStart = headerEnd + 4;
        byte[] body;
        if (headers.Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && h.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
        {
            // .NET's JsonContent has no length: the body comes in chunks, ending with a zero-length one.
            while (buffer.AsSpan(bodyStart, length - bodyStart).IndexOf("0\r\n\r\n"u8) < 0)
                length += await ReadMoreAsync(stream, buffer, length);
            body = Dechunk(buffer.AsSpan(bodyStart, length - bodyStart));
        }
        else
        {
            var contentLength = headers.Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(h => int.Parse(h["Content-Length:".Length..].Trim())).SingleOrDefault();
            while (length < bodyStart + contentLength) length += await ReadMoreAsync(stream, buffer, length);
            body = buffer.AsSpan(bodyStart, contentLength).ToArray();
        }
        _first.TrySetResult(JsonDocument.Parse(body).RootElement.Clone());
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), _stop.Token);
    }

    private async Task<int> ReadMoreAsync(NetworkStream stream, byte[] buffer, int length)
    {
        var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
        return read > 0 ? read : throw new EndOfStreamException("the SMS request ended early");
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> chunked)
    {
        var body = new List<byte>();
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked[..lineEnd]).Split(';')[0], 16);
            if (size == 0) return [.. body];
            body.AddRange(chunked.Slice(lineEnd + 2, size));
            chunked = chunked[(lineEnd + 2 + size + 2)..];
        }
    }

    private static int IndexOfHeaderEnd(byte[] buffer, int length) => buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
