using System.Net;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>Pairs of real RTP sessions on loopback, each test on its own port range, paced by a real media clock.</summary>
internal sealed class LoopbackLegs : IAsyncDisposable
{
    private static int _range = 54_000;
    private readonly RtpPortPool _pool;
    private readonly List<RtpMediaSession> _sessions = [];

    public LoopbackLegs()
    {
        int first = Interlocked.Add(ref _range, 20) - 20;
        _pool = new RtpPortPool(first, first + 19);
    }

    public MediaClock Clock { get; } = new(new MediaClockOptions(), NullLogger<MediaClock>.Instance);

    public RtpMediaSession Session(IAudioCodec? codec = null, int? dtmfPayloadType = 101, TimeProvider? time = null)
    {
        codec ??= PcmuCodec.Instance;
        var session = new RtpMediaSession(_pool.TryAllocate(IPAddress.Loopback)!, codec, codec.PayloadType, dtmfPayloadType, null, NullLogger.Instance, time ?? TimeProvider.System);
        _sessions.Add(session);
        return session;
    }

    /// <summary>Two sessions that know each other's address (as after offer/answer).</summary>
    public (RtpMediaSession A, RtpMediaSession B) Pair(IAudioCodec? codecA = null, IAudioCodec? codecB = null)
    {
        var a = Session(codecA);
        var b = Session(codecB);
        Connect(a, b);
        return (a, b);
    }

    public static void Connect(RtpMediaSession a, RtpMediaSession b)
    {
        a.SetRemote(new IPEndPoint(IPAddress.Loopback, b.LocalPort));
        b.SetRemote(new IPEndPoint(IPAddress.Loopback, a.LocalPort));
    }

    public static ToneSource Tone(double frequency) => new(frequency);

    public async ValueTask DisposeAsync()
    {
        Clock.Dispose();
        foreach (var session in _sessions) await session.DisposeAsync();
    }

    /// <summary>A continuous single-frequency tone.</summary>
    internal sealed class ToneSource(double frequency) : IAudioSource
    {
        private readonly ToneGenerator _generator = new(new ToneDefinition(frequency, 0, 0.25, 0, 0));

        public bool Read(Span<short> frame)
        {
            _generator.Fill(frame);
            return true;
        }
    }
}
