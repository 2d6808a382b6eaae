using CallCenter.Telephony.Sessions;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>Answers the ringing call (media starts); nothing when it is already answered.</summary>
[Activity("Call", "Answer", "Answers the call. Playing or collecting also answers a ringing call.",
    CategoryZh = "通话", DisplayNameZh = "应答", DescriptionZh = "接听来电。播放或收号也会自动接听振铃中的来电。", Icon = "call")]
public sealed class Answer : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        await call.AnswerAsync(context.CancellationToken);
        if (call.State != CallSessionState.Answered) throw await calls.HungUpAsync(context);
        return ActivityResult.Done;
    }
}
