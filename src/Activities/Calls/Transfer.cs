using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Blind transfer: calls an extension or a SIP URI (a trunk: <c>sip:number@gateway</c>) through <see cref="ITelephony.OriginateAsync"/> and, once answered, joins the caller to it until
/// one side hangs up. Transferred when the other side hung up first (the flow may go on, e.g. a survey);
/// Failed when nobody answered.
/// </summary>
[Activity("Call", "Transfer", "Transfers the caller to an extension or an external number (blind); Failed when nobody answers.",
    CategoryZh = "通话", DisplayNameZh = "转接", DescriptionZh = "将来电转接到分机或外部号码（盲转）；无人接听走“失败”。", Icon = "phone_forwarded", HasExternalEffect = true)]
[Outcomes("Transferred", "Failed")]
public sealed class Transfer : Activity
{
    [Input(DisplayName = "Destination", DisplayNameZh = "目标号码", Required = true, Description = "Extension or external number (may use {{ variables }}).", DescriptionZh = "分机或外部号码（可含 {{ 变量 }}）。")]
    public Input<string> Destination { get; set; } = new("");

    [Input(DisplayName = "Ring timeout", DisplayNameZh = "振铃超时", Description = "Seconds to wait for an answer (default 30).", DescriptionZh = "等待接听的秒数（默认 30）。")]
    public Input<TimeSpan> RingTimeout { get; set; } = new(TimeSpan.FromSeconds(30));

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var telephony = context.Services.GetService<ITelephony>()
            ?? throw new InvalidOperationException("no voice server is configured: transfers cannot be placed");
        var destination = Destination.Get(context);
        if (string.IsNullOrWhiteSpace(destination)) throw new InvalidOperationException("the transfer has no destination");
        await call.AnswerAsync(context.CancellationToken);
        var placed = await telephony.OriginateAsync(
            new OriginateRequest(destination.Trim()) { CallerId = call.Caller, RingTimeout = RingTimeout.Get(context) }, context.CancellationToken);
        var other = placed.Session;
        if (!placed.Answered) context.Logger.LogTransferNotAnswered(call.Id, destination, placed.Outcome, placed.Message);
        if (call.State == CallSessionState.Ended)
        {
            if (other is not null) await other.HangUpAsync("the caller hung up before the transfer", ct: CancellationToken.None);
            throw await calls.HungUpAsync(context);
        }
        if (other is null) return ActivityResult.FromOutcome("Failed");
        context.Logger.LogTransfer(call.Id, destination);
        var bridged = await call.BridgeAsync(other, ct: context.CancellationToken);
        // Whoever left first, the transferred-to leg does not outlive the transfer.
        if (other.State != CallSessionState.Ended)
            await other.HangUpAsync(bridged.End == BridgeEnd.ThisSideHungUp ? "the caller hung up" : "transfer ended", ct: CancellationToken.None);
        if (bridged.End == BridgeEnd.ThisSideHungUp) throw await calls.HungUpAsync(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        return ActivityResult.FromOutcome("Transferred");
    }
}
