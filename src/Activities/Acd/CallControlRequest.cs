using CallCenter.Domain.Texts;
using CallCenter.Telephony.Media.Mixing;

namespace CallCenter.Activities.Acd;

/// <summary>
/// One request to a connected queue call (<see cref="LiveCall.RequestAsync"/>). <see cref="Target"/> for a transfer is
/// <c>agent:8002</c>, <c>queue:hotline</c> or a number / extension / SIP URI; <see cref="Extension"/> is the supervisor's
/// extension for a monitor and <see cref="Role"/> how they join (Listen, Whisper, Full = barge).
/// </summary>
public sealed record CallControlRequest(CallControlKind Kind, string? Target = null, string? Extension = null, ParticipantRole Role = ParticipantRole.Listen)
{
    private readonly TaskCompletionSource<CallControlResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the call has carried the request out (or refused it).</summary>
    public Task<CallControlResult> Done => _done.Task;

    internal void Complete(bool ok, UserMessage message, IReadOnlyDictionary<string, object?>? data = null) => _done.TrySetResult(new CallControlResult(ok, message, data));

    internal void Complete(bool ok, UserMessageBuilder message, IReadOnlyDictionary<string, object?>? data = null) => Complete(ok, message.Build(), data);
}
