using CallCenter.Domain.Agents;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Telephony;

/// <summary>
/// The outcome of creating an extension or resetting its SIP password: the new password (the only moment it is known:
/// only its digest hashes are kept), or errors a user can act on (keyed by camelCase field name).
/// </summary>
public sealed record ExtensionPasswordResult(SaveStatus Status, string? Password, IReadOnlyDictionary<string, UserMessage[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;

    internal static ExtensionPasswordResult Fail(SaveStatus status, string field, UserMessage message) => new(status, null, FieldMessages.Of(field, message));

    internal static ExtensionPasswordResult Fail(SaveStatus status, string field, UserMessageBuilder message) => Fail(status, field, message.Build());
}
