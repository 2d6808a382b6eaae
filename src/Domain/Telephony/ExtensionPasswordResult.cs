using CallCenter.Domain.Agents;

namespace CallCenter.Domain.Telephony;

/// <summary>
/// The outcome of creating an extension or resetting its SIP password: the new password (the only moment it is known:
/// only its digest hashes are kept), or errors a user can act on (keyed by camelCase field name).
/// </summary>
public sealed record ExtensionPasswordResult(SaveStatus Status, string? Password, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;

    internal static ExtensionPasswordResult Fail(SaveStatus status, string field, string message) =>
        new(status, null, new Dictionary<string, string[]> { [field] = [message] });
}
