using CallCenter.Activities.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Conferencing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Conferences;

/// <summary>
/// Puts the caller in a conference room (opened by its first participant, up to 60) until they hang up — which ends
/// the flow there — or an operator ends the conference (Ended: the flow goes on, e.g. to say goodbye). Full when the
/// room has its maximum.
/// </summary>
[Activity("Call", "Conference", "Puts the caller in a conference room with everyone else who dialled in (up to 60).",
    CategoryZh = "通话", DisplayNameZh = "电话会议", DescriptionZh = "将来电者加入会议室，与其他入会者通话（最多 60 方）。", Icon = "groups", HasExternalEffect = true)]
[Outcomes("Ended", "Full")]
public sealed class Conference : Activity
{
    [Input(DisplayName = "Room", DisplayNameZh = "会议室", Required = true, Description = "Room name, e.g. {{ called }} for one room per number dialled.", DescriptionZh = "会议室名称，例如 {{ called }}：每个号码一个会议室。")]
    public Input<string> Room { get; set; } = new("");

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var room = Room.Get(context).Trim();
        if (room.Length == 0) throw new InvalidOperationException("the conference has no room name");
        await call.AnswerAsync(context.CancellationToken);
        var (result, joined, membership) = await context.Services.GetRequiredService<ConferenceRooms>().JoinAsync(room, call, context.CancellationToken);
        if (joined is null || membership is null)
        {
            if (result.Outcome == ConferenceJoinOutcome.ConferenceFull) return ActivityResult.FromOutcome("Full");
            if (result.Outcome == ConferenceJoinOutcome.HungUp) throw await calls.HungUpAsync(context);
            throw new InvalidOperationException($"the caller could not join conference {room}: {result.Message}");
        }
        await using (membership)
        {
            try
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(call.Ended, joined.Closed, context.CancellationToken);
                await Task.Delay(Timeout.Infinite, either.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        context.CancellationToken.ThrowIfCancellationRequested();
        if (joined.Closed.IsCancellationRequested && call.State != CallSessionState.Ended) return ActivityResult.FromOutcome("Ended");
        throw await calls.HungUpAsync(context);
    }
}
