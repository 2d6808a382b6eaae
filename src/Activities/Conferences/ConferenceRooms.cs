using System.Collections.Concurrent;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Conferencing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Conferences;

/// <summary>
/// The conference rooms of this process by name (e.g. the number dialled): a room opens with its first participant
/// (a mix of up to <see cref="MaxParticipants"/>) and closes when the last one leaves. Callers dial in through the
/// <c>Conference</c> activity; an operator adds a number by dial-out (<see cref="DialOutAsync"/>).
/// </summary>
public sealed class ConferenceRooms(TimeProvider time, ILogger<ConferenceRooms> logger, ITelephony? telephony = null)
{
    /// <summary>Most participants of one room (the mixer's design limit).</summary>
    public const int MaxParticipants = 60;

    private readonly ConcurrentDictionary<string, ConferenceRoom> _rooms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public IReadOnlyCollection<ConferenceRoom> All => [.. _rooms.Values];

    public ConferenceRoom? Find(string name) => _rooms.GetValueOrDefault(name);

    /// <summary>Joins <paramref name="call"/> to room <paramref name="name"/> (opening it); the returned handle leaves it when disposed.</summary>
    public async Task<(ConferenceJoinResult Result, ConferenceRoom? Room, IAsyncDisposable? Membership)> JoinAsync(string name, ICallSession call, CancellationToken ct)
    {
        var phone = telephony ?? throw new InvalidOperationException("no voice server is configured: conferences need one");
        ConferenceRoom room;
        lock (_gate)
        {
            room = _rooms.GetOrAdd(name, n => new ConferenceRoom(n, phone.CreateConference($"room-{n}", MaxParticipants), time.GetUtcNow()));
            room.Members++;
        }
        var result = await room.Mix.AddAsync(call, ct: ct).ConfigureAwait(false);
        if (!result.Joined)
        {
            await LeaveAsync(room, call).ConfigureAwait(false);
            return (result, null, null);
        }
        logger.LogInformation("Call {CallId} from {Caller} joined conference {Room} ({Count} in it)", call.Id, call.Caller, name, room.Mix.Participants.Count);
        return (result, room, new Membership(this, room, call));
    }

    /// <summary>Calls <paramref name="destination"/> and adds it to an open room; the answered leg leaves when it hangs up.</summary>
    public async Task<(bool Joined, string Message)> DialOutAsync(string name, string destination, CancellationToken ct)
    {
        if (Find(name) is null) return (false, $"there is no open conference '{name}'");
        var phone = telephony ?? throw new InvalidOperationException("no voice server is configured");
        var placed = await phone.OriginateAsync(new OriginateRequest(destination) { CallerId = name, CallerName = "conference" }, ct).ConfigureAwait(false);
        if (placed.Session is not { } leg) return (false, $"{destination} did not answer ({placed.Outcome})");
        var (result, room, membership) = await JoinAsync(name, leg, ct).ConfigureAwait(false);
        if (room is null || membership is null)
        {
            await leg.HangUpAsync("could not join the conference", ct: CancellationToken.None).ConfigureAwait(false);
            return (false, result.Message);
        }
        // The dialled-out party stays until it hangs up or the room closes.
        _ = StayAsync(leg, room, membership);
        return (true, $"{destination} joined");
    }

    private static async Task StayAsync(ICallSession leg, ConferenceRoom room, IAsyncDisposable membership)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(leg.Ended, room.Closed);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await membership.DisposeAsync().ConfigureAwait(false);
        if (leg.State != CallSessionState.Ended) await leg.HangUpAsync("the conference ended", ct: CancellationToken.None).ConfigureAwait(false);
    }

    private async Task LeaveAsync(ConferenceRoom room, ICallSession call)
    {
        await room.Mix.RemoveAsync(call).ConfigureAwait(false);
        bool last;
        lock (_gate)
        {
            last = --room.Members == 0;
            if (last) _rooms.TryRemove(new KeyValuePair<string, ConferenceRoom>(room.Name, room));
        }
        if (!last) return;
        await room.Mix.DisposeAsync().ConfigureAwait(false);
        logger.LogInformation("Conference {Room} closed", room.Name);
    }

    private sealed class Membership(ConferenceRooms rooms, ConferenceRoom room, ICallSession call) : IAsyncDisposable
    {
        private int _left;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) await rooms.LeaveAsync(room, call).ConfigureAwait(false);
        }
    }
}
