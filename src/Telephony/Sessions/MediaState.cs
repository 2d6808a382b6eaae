namespace CallCenter.Telephony.Sessions;

/// <summary>A change of a call's media, as <see cref="ICallSession.MediaChanged"/> reports it.</summary>
public enum MediaState
{
    Started,
    Stopped,
}
