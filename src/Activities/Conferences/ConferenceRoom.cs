using CallCenter.Telephony.Sessions.Conferencing;

namespace CallCenter.Activities.Conferences;

/// <summary>
/// One open conference room: its mix and the callers waiting in it. Closing it (<see cref="Close"/>, the API's "end
/// conference") lets every participant's flow go on with outcome Ended.
/// </summary>
public sealed class ConferenceRoom(string name, IConference mix, DateTimeOffset openedAt)
{
    private readonly CancellationTokenSource _closed = new();

    public string Name => name;

    public IConference Mix => mix;

    public DateTimeOffset OpenedAt => openedAt;

    /// <summary>Fires when the room is closed by an operator.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>Participants who joined (dial-in or dial-out) and have not left yet.</summary>
    internal int Members;

    public void Close() => _closed.Cancel();
}
