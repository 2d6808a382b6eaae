using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>Ends the call; the flow goes on without it (e.g. to create a ticket) and ends Finished, not Cancelled.</summary>
[Activity("Call", "Hang up", "Ends the call. The flow may go on with activities that do not need the call.",
    CategoryZh = "通话", DisplayNameZh = "挂机", DescriptionZh = "结束通话。流程可继续执行不需要通话的活动。", Icon = "call_end")]
public sealed class Hangup : Activity
{
    [Input(DisplayName = "Reason", DisplayNameZh = "原因", Description = "Goes into the call record (default: hung up by the flow).", DescriptionZh = "记入通话记录（默认：流程挂机）。")]
    public Input<string> Reason { get; set; } = new("hung up by the flow");

    [Input(DisplayName = "Refuse with", DisplayNameZh = "拒接码", Description = "For a call not answered yet: the SIP status the caller gets, e.g. 486 busy (default 480).", DescriptionZh = "尚未应答的来电：返回给主叫的 SIP 状态码，如 486 忙（默认 480）。")]
    public Input<int> RefuseWith { get; set; } = new(480);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        calls.Find(context)!.MarkEndedByFlow();
        var code = RefuseWith.Get(context);
        if (code is < 400 or > 699) throw new InvalidOperationException($"refuse with {code}: a final SIP status 400-699 is needed");
        await call.HangUpAsync(Reason.Get(context) is { Length: > 0 } reason ? reason : "hung up by the flow", code, context.CancellationToken);
        return ActivityResult.Done;
    }
}
