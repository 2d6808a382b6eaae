using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Sdp;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// One call leg's RTP: on every media-clock tick the current <see cref="Source"/>'s frame (or a queued
/// RFC 4733 digit) is encoded and sent, the jitter buffer gives the frame received for the tick
/// (<see cref="Received"/>, taps), and every <see cref="RtcpIntervalTicks"/> an RTCP report goes out — no
/// timer or task per packet or per call. Received packets are decoded into the jitter buffer and feed the
/// reception statistics and the RFC 4733 receiver. Symmetric RTP: the first packet's source replaces the SDP's address.
/// </summary>
public sealed class RtpMediaSession : IMediaClockSink, IAsyncDisposable
{
    private const int FrameSamples = 160;
    private const int MaxDecodedSamples = 1024;
    private readonly RtpPortLease _lease;
    private readonly IAudioCodec _codec;
    private readonly byte _payloadType;
    private readonly int? _dtmfPayloadType;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _tapsGate = new();
    private readonly DtmfReceiver _dtmf = new();
    private readonly DtmfSender _dtmfOut = new();
    private readonly RtpReceiveStatistics _statistics = new(minSequential: 1);
    private readonly JitterBuffer _jitter = new();
    private readonly ReceivedAudio _received = new(FrameSamples);
    private readonly RtcpReporter _rtcp;
    private readonly byte[] _packet = new byte[RtpHeader.FixedSize + FrameSamples];
    private readonly byte[] _rtcpPacket = new byte[256];
    private readonly short[] _pcm = new short[FrameSamples];
    private readonly short[] _decoded = new short[MaxDecodedSamples];
    private readonly uint _ssrc = BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
    private readonly Task _receiveLoop;
    private readonly Task _rtcpLoop;
    private volatile IPEndPoint? _remote;
    // The remote in the socket's own form, made once per address change: no allocation per packet.
    private volatile SocketAddress? _remoteAddress;
    private readonly RtcpDestination _rtcpDestination = new();
    private volatile IAudioSource? _source;
    private volatile IAudioFrameTap[] _taps = [];
    private volatile int _direction;
    private ushort _sequence = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue);
    private uint _timestamp = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    private bool _talkspurt;
    private long _sent;
    private long _octets;
    private long _ticksToReport;
    private uint? _remoteSsrc;
    private volatile IPEndPoint? _latched;
    private int _disposed;
    private readonly DigitToPromptMeter _digitToPrompt = new();

    public RtpMediaSession(RtpPortLease lease, IAudioCodec codec, int payloadType, int? dtmfPayloadType, IPEndPoint? remote, ILogger logger)
        : this(lease, codec, payloadType, dtmfPayloadType, remote, logger, TimeProvider.System)
    {
    }

    /// <summary>Creates a session whose RTCP wall clock (NTP timestamps, round-trip time) is <paramref name="time"/>.</summary>
    public RtpMediaSession(RtpPortLease lease, IAudioCodec codec, int payloadType, int? dtmfPayloadType, IPEndPoint? remote, ILogger logger, TimeProvider time)
    {
        _lease = lease;
        _codec = codec;
        _payloadType = (byte)payloadType;
        _dtmfPayloadType = dtmfPayloadType;
        _remote = remote;
        _remoteAddress = remote?.Serialize();
        _logger = logger;
        _rtcp = new RtcpReporter(_ssrc, $"callcenter-{_ssrc:x8}@{lease.Port}", time, codec.ClockRate);
        _ticksToReport = RtcpIntervalTicks;
        _receiveLoop = Task.Run(() => RtpReceiveLoop.RunAsync(lease.Rtp, (buffer, length, source) => Handle(buffer.AsSpan(0, length), source), _stop.Token));
        _rtcpLoop = Task.Run(() => RtpReceiveLoop.RunAsync(lease.Rtcp, (buffer, length, source) => HandleRtcp(buffer.AsSpan(0, length), source), _stop.Token));
    }

    public int LocalPort => _lease.Port;
    public IPEndPoint? Remote => _remote;
    public long PacketsSent => Interlocked.Read(ref _sent);

    /// <summary>The negotiated audio codec (what is sent and decoded).</summary>
    public IAudioCodec Codec => _codec;

    /// <summary>Our SSRC.</summary>
    public uint Ssrc => _ssrc;

    /// <summary>What this leg plays; null sends nothing (the timestamp still advances).</summary>
    public IAudioSource? Source
    {
        get => _source;
        set => _source = value;
    }

    /// <summary>
    /// Media direction (hold): without send nothing goes out (the source is not read, the timestamp advances);
    /// without receive, received audio and digits are ignored (statistics and RTCP continue). Default sendrecv.
    /// </summary>
    public SdpDirection Direction
    {
        get => (SdpDirection)_direction;
        set => _direction = (int)value;
    }

    /// <summary>The audio received for the latest tick (decoded, through the jitter buffer), as a source for another leg.</summary>
    public ReceivedAudio Received => _received;

    /// <summary>The jitter buffer's counters (accepted, dropped, concealed).</summary>
    public JitterBuffer JitterBuffer => _jitter;

    /// <summary>Whether RFC 4733 telephone-event was negotiated, so <see cref="SendDigits"/> can work.</summary>
    public bool CanSendDigits => _dtmfPayloadType is not null;

    /// <summary>Ticks between our RTCP reports (default 250 = 5 s at 20 ms).</summary>
    public int RtcpIntervalTicks
    {
        get => _rtcpInterval;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _rtcpInterval = value;
            _ticksToReport = Math.Min(_ticksToReport, value);
        }
    }

    private int _rtcpInterval = 250;

    /// <summary>RTCP and RTP share the RTP port (RFC 5761); reports then go to <see cref="Remote"/>.</summary>
    public bool RtcpMux { get; set; }

    /// <summary>Where RTCP goes without mux: set from SDP (a=rtcp), else the RTCP source latched, else the remote RTP port + 1.</summary>
    public IPEndPoint? RemoteRtcp
    {
        get => _rtcpDestination.For(_remote);
        set => _rtcpDestination.Configured = value;
    }

    /// <summary>What the remote last reported about our stream (RTCP), or null before its first report.</summary>
    public RtcpRemoteReport? RemoteReport => _rtcp.Remote;

    /// <summary>RTCP compound packets we have sent.</summary>
    public long RtcpReportsSent => Interlocked.Read(ref _reportsSent);
    private long _reportsSent;

    /// <summary>After each RTCP report about our stream arrives, on a receive loop.</summary>
    public event Action<RtcpRemoteReport>? RtcpReportReceived;

    /// <summary>The remote sent an RTCP BYE: it has left the session (a hint that the call is over), on a receive loop.</summary>
    public event Action? RemoteGoodbye;

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

    /// <summary>
    /// Points the stream at a new remote RTP address (a re-INVITE's SDP); the next packet received is
    /// latched again (symmetric RTP), and RTCP follows unless <see cref="RemoteRtcp"/> was set.
    /// </summary>
    public void SetRemote(IPEndPoint remote)
    {
        _latched = null;
        _remote = remote;
        _remoteAddress = remote.Serialize();
        _rtcpDestination.Unlatch();
    }

    /// <summary>Adds a tap that sees each tick's received and sent frames (recorder, monitor).</summary>
    public void AddTap(IAudioFrameTap tap)
    {
        lock (_tapsGate) _taps = [.. _taps, tap];
    }

    /// <summary>Removes a tap; false when it was not attached.</summary>
    public bool RemoveTap(IAudioFrameTap tap)
    {
        lock (_tapsGate)
        {
            int index = Array.IndexOf(_taps, tap);
            if (index < 0) return false;
            _taps = [.. _taps[..index], .. _taps[(index + 1)..]];
            return true;
        }
    }

    /// <summary>Where digit-to-prompt latencies are recorded (see <see cref="MeasureDigitToPrompt"/>); null: not measured.</summary>
    public LatenessHistogram? DigitToPrompt
    {
        get => _digitToPrompt.Histogram;
        set => _digitToPrompt.Histogram = value;
    }

    /// <summary>A digit arrived by other means than RFC 4733 (SIP INFO): the latest DTMF input is now.</summary>
    public void NoteDigitReceived() => _digitToPrompt.OnDigit();

    /// <summary>
    /// <paramref name="prompt"/> is the next prompt: when a digit came since the last measurement, the time from
    /// the digit to the first RTP packet sent from <paramref name="prompt"/> goes into <see cref="DigitToPrompt"/>.
    /// </summary>
    public void MeasureDigitToPrompt(IAudioSource prompt) => _digitToPrompt.Arm(prompt);

    /// <summary>Queues digits to send as RFC 4733 events; false when telephone-event was not negotiated, a digit is invalid or the queue is full.</summary>
    public bool SendDigits(ReadOnlySpan<char> digits)
    {
        if (_dtmfPayloadType is null) return false;
        lock (_dtmfOut) return _dtmfOut.Enqueue(digits);
    }

    public void OnTick(long tick)
    {
        var direction = Direction;
        _received.Set(direction.Receives() && _jitter.Read(_received.Frame));
        ReadOnlySpan<short> sent = direction.Sends() ? Send() : default;
        if (!direction.Sends()) AdvanceSilently();
        var taps = _taps;
        if (taps.Length > 0)
        {
            ReadOnlySpan<short> received = _received.HasAudio ? _received.Frame : default;
            for (int i = 0; i < taps.Length; i++) taps[i].OnFrames(tick, received, sent);
        }

        if (--_ticksToReport <= 0)
        {
            _ticksToReport = RtcpIntervalTicks;
            SendReport(_rtcpPacket);
        }
    }

    private ReadOnlySpan<short> Send()
    {
        var source = _source;
        var remote = _remoteAddress;
        if (remote is null) return AdvanceSilently();
        bool voice = source is not null && source.Read(_pcm);
        if (_dtmfPayloadType is { } dtmfType && TrySendDigit((byte)dtmfType, remote))
        {
            _timestamp += FrameSamples;
            return default;
        }

        if (!voice) return AdvanceSilently();
        _codec.Encode(_pcm, _packet.AsSpan(RtpHeader.FixedSize));
        new RtpHeader(!_talkspurt, _payloadType, _sequence++, _timestamp, _ssrc).Write(_packet.AsSpan(RtpHeader.FixedSize, FrameSamples), _packet);
        _timestamp += FrameSamples;
        _talkspurt = true;
        if (SendTo(_lease.Rtp, _packet, remote))
        {
            CountSent(FrameSamples);
            _digitToPrompt.OnFrameSent(source);
        }
        return _pcm;
    }

    private ReadOnlySpan<short> AdvanceSilently()
    {
        _timestamp += FrameSamples;
        _talkspurt = false;
        return default;
    }

    private bool TrySendDigit(byte payloadType, SocketAddress remote)
    {
        DtmfPacket digit;
        lock (_dtmfOut)
        {
            if (!_dtmfOut.TryGetPacket(_timestamp, out digit)) return false;
        }

        Span<byte> payload = stackalloc byte[TelephoneEvent.Size];
        digit.Event.Write(payload);
        int length = new RtpHeader(digit.Marker, payloadType, _sequence++, digit.Timestamp, _ssrc).Write(payload, _packet);
        if (SendTo(_lease.Rtp, _packet.AsSpan(0, length), remote)) CountSent(TelephoneEvent.Size);
        _talkspurt = false;
        return true;
    }

    private void CountSent(int payloadOctets)
    {
        Interlocked.Increment(ref _sent);
        Interlocked.Add(ref _octets, payloadOctets);
    }

    private bool SendTo(Socket socket, ReadOnlySpan<byte> datagram, SocketAddress remote)
    {
        try
        {
            socket.SendTo(datagram, SocketFlags.None, remote);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "RTP send to {Remote} failed", remote);
            return false;
        }
    }

    private void SendReport(byte[] buffer, bool goodbye = false)
    {
        SocketAddress? destination;
        Socket socket;
        if (RtcpMux)
        {
            destination = _remoteAddress;
            socket = _lease.Rtp;
        }
        else
        {
            destination = _rtcpDestination.Resolve(_remote);
            socket = _lease.Rtcp;
        }

        if (destination is null) return;
        int length;
        lock (_statistics) length = _rtcp.Write(buffer, PacketsSent, Interlocked.Read(ref _octets), _timestamp, _statistics, _remoteSsrc, goodbye);
        if (SendTo(socket, buffer.AsSpan(0, length), destination)) Interlocked.Increment(ref _reportsSent);
    }

    internal void Handle(ReadOnlySpan<byte> data, IPEndPoint source)
    {
        if (RtpPacket.LooksLikeRtcp(data))
        {
            HandleRtcp(data, null);
            return;
        }

        if (RtpPacket.TryParse(data, out var packet) != RtpParseStatus.Ok) return;
        if (_latched is null)
        {
            _latched = source;
            _remoteAddress = source.Serialize();
            _remote = source;
        }
        else if (!_latched.Equals(source)) return;
        var header = packet.Header;
        bool receives = Direction.Receives();
        if (header.PayloadType == _dtmfPayloadType)
        {
            if (receives) _digitToPrompt.OnDigitPacket(header.Timestamp);
            if (receives && _dtmf.TryProcess(header.Timestamp, header.Marker, packet.Payload, out var digit)) DigitReceived?.Invoke(digit.Digit);
            return;
        }

        long received;
        lock (_statistics)
        {
            if (_remoteSsrc != header.Ssrc)
            {
                if (_remoteSsrc is not null) _statistics.Reset();
                _remoteSsrc = header.Ssrc;
            }

            _statistics.Update(header.SequenceNumber, header.Timestamp, (uint)(Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 8000)));
            received = _statistics.Received;
        }

        if (receives && header.PayloadType == _payloadType)
        {
            var payload = packet.Payload;
            if (payload.Length > MaxDecodedSamples) payload = payload[..MaxDecodedSamples];
            int samples = _codec.Decode(payload, _decoded);
            _jitter.Put(header.Timestamp, _decoded.AsSpan(0, samples));
        }

        AudioReceived?.Invoke(received);
    }

    private void HandleRtcp(ReadOnlySpan<byte> data, IPEndPoint? source)
    {
        if (source is not null) _rtcpDestination.Latch(source);

        if (_rtcp.TryProcess(data, out var report, out bool goodbye)) RtcpReportReceived?.Invoke(report);
        if (goodbye) RemoteGoodbye?.Invoke();
    }

    /// <summary>Closes the leg, telling the remote with an RTCP BYE (RFC 3550 §6.6).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _source = null;
        SendReport(new byte[_rtcpPacket.Length], goodbye: true); // its own buffer: the clock may be mid-tick
        await _stop.CancelAsync().ConfigureAwait(false);
        _lease.Dispose();
        await Task.WhenAll(_receiveLoop, _rtcpLoop).ConfigureAwait(false);
        _stop.Dispose();
    }
}
