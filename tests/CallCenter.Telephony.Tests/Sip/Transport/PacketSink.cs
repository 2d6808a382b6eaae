using System.Text;
using System.Threading.Channels;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Tests.Sip.Transport;

/// <summary>Collects what a transport delivers (copied, since the buffer is reused) for tests to await.</summary>
internal sealed class PacketSink : IInboundPacketHandler
{
    private readonly Channel<(string Text, InboundPacket Packet)> _channel = Channel.CreateUnbounded<(string, InboundPacket)>();
    public Func<string, bool> ThrowWhen { get; init; } = _ => false;

    public void OnPacket(in InboundPacket packet)
    {
        var text = Encoding.ASCII.GetString(packet.Data.Span);
        if (ThrowWhen(text)) throw new InvalidOperationException("handler bug");
        _channel.Writer.TryWrite((text, packet with { Data = packet.Data.ToArray() }));
    }

    public async Task<(string Text, InboundPacket Packet)> NextAsync() =>
        await _channel.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
