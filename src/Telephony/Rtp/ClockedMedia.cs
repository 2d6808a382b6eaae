using CallCenter.Telephony.Media.Clock;

namespace CallCenter.Telephony.Rtp;

/// <summary>A media session paced by the media clock for as long as the call lasts; disposing unhooks and closes it.</summary>
public sealed class ClockedMedia : IAsyncDisposable
{
    private readonly MediaClock _clock;
    private readonly RtpMediaSession _session;
    private readonly CancellationTokenSource _stopping = new();

    public ClockedMedia(MediaClock clock, RtpMediaSession session)
    {
        _clock = clock;
        _session = session;
        clock.Add(session);
    }

    /// <summary>Cancelled when the call's media goes away (hang-up): apps running on it stop.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _clock.Remove(_session);
        await _session.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
