using System.Collections.Concurrent;
using CallCenter.Telephony.Sessions.Forwarding;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>Forwarding rules held in memory, as the product's provider holds them.</summary>
internal sealed class ForwardingTable : IExtensionForwarding
{
    private readonly ConcurrentDictionary<string, ForwardingRules> _rules = new();

    public ForwardingRules? this[string extension]
    {
        get => _rules.GetValueOrDefault(extension);
        set
        {
            if (value is null) _rules.TryRemove(extension, out _);
            else _rules[extension] = value;
        }
    }

    public ForwardingRules? For(string extension) => this[extension];
}
