using System.Buffers;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>
/// A real SMTP server (the SmtpServer package) on loopback port 0; the port it got is read from the
/// listener's started event, so the server is listening before the test uses it. Every mail it
/// accepts is parsed and queued for the test.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private Task _running = Task.CompletedTask;

    public int Port { get; private set; }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(server._received.Writer));
        // The task StartAsync returns ends at shutdown; readiness is the listener's started event.
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);
        server.Port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return server;
    }

    /// <summary>The next mail received, or a timeout failure after 10 s.</summary>
    public async Task<MimeMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.TryWrite(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
