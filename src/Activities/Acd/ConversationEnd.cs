using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;

namespace CallCenter.Activities.Acd;

/// <summary>
/// How a queue call's talk phase ended: who hung up, the talk time, the recorded segments (one per stretch of
/// bridged talk), and — for a transfer into a queue — the queue the caller now waits in. <see cref="ForceReleased"/>
/// when a supervisor hung both up (强拆). <see cref="FlowRequest"/>: the agent sent the caller into a flow (座席按键转应用) and
/// waits on hold for its result; the agent's leg is still up and the conversation resumes after the flow.
/// </summary>
public sealed record ConversationEnd(CallSide EndedBy, TimeSpan Talk, IReadOnlyList<(string Path, TimeSpan Duration)> Recordings,
    string? TransferToQueue = null, bool ForceReleased = false, IReadOnlyList<CallTransfer>? Transfers = null, CallControlRequest? FlowRequest = null);
