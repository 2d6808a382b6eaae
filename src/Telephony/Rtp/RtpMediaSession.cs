using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// One call leg's RTP: on every media-clock tick the current <see cref="Source"/>'s frame is encoded
/// and sent (no timer or task per packet); received packets feed the reception statistics and the
/// RFC 4733 receiver. Symmetric RTP: the first packet's source replaces the SDP's address.
/// </summary>
public sealed class RtpMediaSession : IMediaClockSink, IAsyncDisposable
{
    private const int FrameSamples = 160;
    private readonly RtpPortLease _lease;
    private readonly IAudioCodec _codec;
    private readonly byte _payloadType;
    private readonly int? _dtmfPayloadType;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly DtmfReceiver _dtmf = new();
    private readonly RtpReceiveStatistics _statistics = new(minSequential: 1);
    private readonly byte[] _packet = new byte[RtpHeader.FixedSize + FrameSamples];
    private readonly short[] _pcm = new short[FrameSamples];
    private readonly uint _ssrc = BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
    private readonly Task _receiveLoop;
    private volatile IPEndPoint? _remote;
    // The remote in the socket's own form, made once per address change: no allocation per packet.
    private volatile SocketAddress? _remoteAddress;
    private volatile IAudioSource? _source;
    private ushort _sequence = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue);
    private uint _timestamp = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    private bool _talkspurt;
    private long _sent;

    public RtpMediaSession(RtpPortLease lease, IAudioCodec codec, int payloadType, int? dtmfPayloadType, IPEndPoint? remote, ILogger logger)
    {
        _lease = lease;
        _codec = codec;
        _payloadType = (byte)payloadType;
        _dtmfPayloadType = dtmfPayloadType;
        _remote = remote;
        _remoteAddress = remote?.Serialize();
        _logger = logger;
        _receiveLoop = Task.Run(() => RtpReceiveLoop.RunAsync(lease.Rtp, (buffer, length, source) => Handle(buffer.AsSpan(0, length), source), _stop.Token));
    }

    public int LocalPort => _lease.Port;
    public IPEndPoint? Remote => _remote;
    public long PacketsSent => Interlocked.Read(ref _sent);

    /// <summary>What this leg plays; null sends nothing (the timestamp still advances).</summary>
    public IAudioSource? Source
    {
        get => _source;
        set => _source = value;
    }

    /// <summary>After each audio packet received, with the count so far, on the receive loop.</summary>
    public event Action<long>? AudioReceived;

    /// <summary>Each DTMF digit the caller pressed, once (RFC 4733), on the receive loop.</summary>
    public event Action<char>? DigitReceived;

    public long PacketsReceived
    {
        get { lock (_statistics) return _statistics.Received; }
    }

    public int PacketsLost
    {
        get { lock (_statistics) return _statistics.CumulativeLost; }
    }

    public void OnTick(long tick)
    {
        var source = _source;
        var remote = _remoteAddress;
        if (source is null || remote is null || !source.Read(_pcm))
        {
            _timestamp += FrameSamples;
            _talkspurt = false;
            return;
        }
        _codec.Encode(_pcm, _packet.AsSpan(RtpHeader.FixedSize));
        new RtpHeader(!_talkspurt, _payloadType, _sequence++, _timestamp, _ssrc).Write(_packet.AsSpan(RtpHeader.FixedSize, FrameSamples), _packet);
        _timestamp += FrameSamples;
        _talkspurt = true;
        try
        {
            _lease.Rtp.SendTo(_packet, SocketFlags.None, remote);
            Interlocked.Increment(ref _sent);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "RTP send to {Remote} failed", remote);
        }
    }

    private IPEndPoint? _latched;

    private void Handle(ReadOnlySpan<byte> data, IPEndPoint source)
    {
        if (RtpPacket.LooksLikeRtcp(data) || RtpPacket.TryParse(data, out var packet) != RtpParseStatus.Ok) return;
        if (_latched is null)
        {
            _latched = source;
            _remoteAddress = source.Serialize();
            _remote = source;
        }
        else if (!_latched.Equals(source)) return;
        var header = packet.Header;
        if (header.PayloadType == _dtmfPayloadType)
        {
            if (_dtmf.TryProcess(header.Timestamp, header.Marker, packet.Payload, out var digit)) DigitReceived?.Invoke(digit.Digit);
            return;
        }
        long received;
        lock (_statistics)
        {
            _statistics.Update(header.SequenceNumber, header.Timestamp, (uint)(Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 8000)));
            received = _statistics.Received;
        }
        AudioReceived?.Invoke(received);
    }

    public async ValueTask DisposeAsync()
    {
        _source = null;
        await _stop.CancelAsync().ConfigureAwait(false);
        _lease.Dispose();
        await _receiveLoop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
