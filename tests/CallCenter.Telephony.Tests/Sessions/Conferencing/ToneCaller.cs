using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Media;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions.Conferencing;

/// <summary>
/// A phone that calls the test number and, once answered, says one tone (PCMU, every 20 ms) and keeps what it hears
/// (decoded), so a test can check with Goertzel which parties' tones reach it. Tones are multiples of 50 Hz: a whole
/// number of cycles per 20 ms frame, so a lost or repeated frame does not smear them into the other tones' bins.
/// </summary>
internal sealed class ToneCaller : IAsyncDisposable
{
    public const double Present = 0.05;
    public const double Absent = 0.02;
    private const int FrameSamples = 160;
    private readonly SipResponse _ok;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<short[]> _heard = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private readonly Thread _sending;
    private readonly Thread _receiving;

    private ToneCaller(SipTestPeer phone, SipResponse ok, int frequency)
    {
        Phone = phone;
        _ok = ok;
        Frequency = frequency;
        var media = SipTestPeer.MediaOf(ok.Body);
        _sending = new Thread(() => Send(media)) { IsBackground = true, Name = $"tone-{phone.User}" };
        _sending.Start();
        _receiving = new Thread(Receive) { IsBackground = true, Name = $"ear-{phone.User}" };
        _receiving.Start();
    }

    public SipTestPeer Phone { get; }

    /// <summary>The tone this caller says (Hz).</summary>
    public int Frequency { get; }

    /// <summary>Calls <see cref="ScriptedCallHandler.Number"/> and starts talking once answered.</summary>
    public static async Task<ToneCaller> CallAsync(B2buaServerFixture server, string user, int frequency)
    {
        var phone = server.Phone(user);
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        return new ToneCaller(phone, ok, frequency);
    }

    /// <summary>
    /// The next <paramref name="frames"/> frames heard after skipping <paramref name="skip"/> (audio of the state before,
    /// still in the jitter buffers and on the wire).
    /// </summary>
    public async Task<short[]> ListenAsync(int frames = 25, int skip = 10)
    {
        TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        int from;
        lock (_heard)
        {
            from = _heard.Count + skip;
            _waiters.Add((from + frames, done));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (_heard) return [.. _heard.Skip(from).Take(frames).SelectMany(f => f)];
    }

    /// <summary>Asserts which tones (of <paramref name="others"/>) this caller hears and which it does not, itself never.</summary>
    public async Task HearsAsync(ToneCaller[] heard, ToneCaller[] notHeard)
    {
        var audio = await ListenAsync();
        foreach (var other in heard)
        {
            double level = Goertzel.Amplitude(audio, other.Frequency);
            Assert.True(level > Present, $"{Phone.User} should hear {other.Phone.User} ({other.Frequency} Hz): {level:F3}");
        }

        foreach (var other in notHeard.Append(this))
        {
            double level = Goertzel.Amplitude(audio, other.Frequency);
            Assert.True(level < Absent, $"{Phone.User} should not hear {other.Phone.User} ({other.Frequency} Hz): {level:F3}");
        }
    }

    /// <summary>Hangs up (BYE) and waits for its 200.</summary>
    public async Task HangUpAsync()
    {
        await Phone.SendAsync(Phone.InDialog(SipMethods.Bye, ScriptedCallHandler.Number, _ok.To!.Tag!));
        await Phone.ResponseAsync(r => r.CSeq?.Method == SipMethods.Bye);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Phone.Dispose(); // closes the RTP socket: both threads end at once
        _sending.Join();
        _receiving.Join();
        _stop.Dispose();
    }

    // A thread of its own, like a phone's packetiser: the thread pool of a test run that has just started grows slowly,
    // and a sender waiting for it would go quiet for whole seconds. Sleeping here paces packets; nothing waits on it.
    private void Send(IPEndPoint media)
    {
        var pcm = new short[FrameSamples];
        var payload = new byte[FrameSamples];
        var packet = new byte[RtpHeader.FixedSize + FrameSamples];
        var started = Stopwatch.GetTimestamp();
        long n = 0;
        for (long frame = 0; !_stop.IsCancellationRequested; frame++)
        {
            for (int i = 0; i < FrameSamples; i++, n++) pcm[i] = (short)(0.2 * short.MaxValue * Math.Sin(2 * Math.PI * Frequency * n / 8000));
            PcmuCodec.Instance.Encode(pcm, payload);
            int length = new RtpHeader(frame == 0, 0, (ushort)frame, (uint)(frame * FrameSamples), 0x5151).Write(payload, packet);
            try
            {
                Phone.Rtp.Client.SendTo(packet, 0, length, SocketFlags.None, media);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException) { return; }
            var next = TimeSpan.FromMilliseconds(20 * (frame + 1)) - Stopwatch.GetElapsedTime(started);
            if (next > TimeSpan.Zero) _stop.Token.WaitHandle.WaitOne(next);
        }
    }

    // A thread of its own too, so "heard after now" means arrived after now, even while the thread pool is short of threads.
    private void Receive()
    {
        var datagram = new byte[2048];
        Phone.Rtp.Client.ReceiveTimeout = 100;
        while (!_stop.IsCancellationRequested)
        {
            int length;
            try
            {
                length = Phone.Rtp.Client.Receive(datagram);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut) { continue; }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException) { return; }
            if (RtpPacket.TryParse(datagram.AsSpan(0, length), out var packet) != RtpParseStatus.Ok || packet.Header.PayloadType != 0) continue;
            var frame = new short[packet.Payload.Length];
            PcmuCodec.Instance.Decode(packet.Payload, frame);
            lock (_heard)
            {
                _heard.Add(frame);
                for (int i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_heard.Count < _waiters[i].Count) continue;
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
