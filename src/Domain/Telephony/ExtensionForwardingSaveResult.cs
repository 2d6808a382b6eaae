using CallCenter.Domain.Agents;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Telephony;

/// <summary>How saving forwarding settings went: <see cref="SaveStatus.Updated"/> with the stored settings, <see cref="SaveStatus.NotFound"/>, or <see cref="SaveStatus.Invalid"/> with errors keyed by camelCase field.</summary>
public sealed record ExtensionForwardingSaveResult(SaveStatus Status, ExtensionForwarding? Settings, IReadOnlyDictionary<string, UserMessage[]> Errors)
{
    public bool Succeeded => Status == SaveStatus.Updated;
}
