namespace CallCenter.Telephony.Media.Clock;

/// <summary>A stream paced by the media clock: called once per tick on the clock's thread; must not block.</summary>
public interface IMediaClockSink
{
    void OnTick(long tick);
}
