using CallCenter.Domain.Messaging;

namespace CallCenter.Domain.Tests.Messaging;

/// <summary>An SMS provider that fails its first <see cref="FailuresLeft"/> attempts with a gateway-like error, then accepts.</summary>
public sealed class ScriptedSender : IMessageSender
{
    private readonly List<string> _delivered = [];
    private int _failuresLeft;

    public int FailuresLeft { get => Volatile.Read(ref _failuresLeft); set => Volatile.Write(ref _failuresLeft, value); }

    /// <summary>What was accepted, in order (two dispatchers may deliver at once).</summary>
    public IReadOnlyList<string> Delivered { get { lock (_delivered) return [.. _delivered]; } }
    public MessageChannel Channel => MessageChannel.Sms;

    public Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0) throw new HttpRequestException("gateway answered 503: busy");
        lock (_delivered) _delivered.Add($"{message.Recipient}: {message.Body}");
        return Task.CompletedTask;
    }
}
