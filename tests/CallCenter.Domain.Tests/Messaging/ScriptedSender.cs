using CallCenter.Domain.Messaging;

namespace CallCenter.Domain.Tests.Messaging;

/// <summary>An SMS provider that fails its first <see cref="FailuresLeft"/> attempts with a gateway-like error, then accepts.</summary>
public sealed class ScriptedSender : IMessageSender
{
    public int FailuresLeft { get; set; }
    public List<string> Delivered { get; } = [];
    public MessageChannel Channel => MessageChannel.Sms;

    public Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (FailuresLeft-- > 0) throw new HttpRequestException("gateway answered 503: busy");
        Delivered.Add($"{message.Recipient}: {message.Body}");
        return Task.CompletedTask;
    }
}
