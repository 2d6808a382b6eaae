using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>
/// Turns a destination into contacts to ring: an extension ("1002", no colon) → every live registrar binding at its real
/// source address and transport; a SIP URI ("sip:13800138000@10.0.0.5:5060;transport=tcp") → its host (DNS when not an
/// address) and port. Shared by originated calls and the B2BUA's forwarding.
/// </summary>
internal sealed class CallTargetResolver(LocationService location, string realm)
{
    public string Realm => realm;

    public async Task<CallTarget> ResolveAsync(string destination, CancellationToken ct)
    {
        if (!destination.Contains(':', StringComparison.Ordinal))
        {
            var contacts = new List<(SipUri, SipPeer)>();
            foreach (var binding in location.Lookup($"sip:{destination}@{realm}"))
                if (SipUri.Parse(binding.Contact) is { } contact) contacts.Add((contact, new SipPeer(binding.Source, binding.Protocol)));
            if (contacts.Count == 0)
                return CallTarget.Fail(OriginateResult.Fail(OriginateOutcome.NotRegistered, 480, $"extension {destination} is not registered"));
            return new CallTarget(contacts, $"<sip:{destination}@{realm}>", true, null);
        }
        if (SipUri.Parse(destination) is not { IsSip: true } uri || uri.Host.Length == 0)
            return CallTarget.Fail(OriginateResult.Fail(OriginateOutcome.Failed, null, $"\"{destination}\" is not a SIP URI"));
        var host = uri.Host.Trim('[', ']');
        if (!IPAddress.TryParse(host, out var address))
        {
            try
            {
                address = (await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false)).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork);
            }
            catch (SocketException)
            {
                address = null;
            }
        }
        if (address is null) return CallTarget.Fail(OriginateResult.Fail(OriginateOutcome.Failed, null, $"the host of {destination} was not found"));
        var protocol = string.Equals(uri.Parameters.Get("transport"), "tcp", StringComparison.OrdinalIgnoreCase) ? SipProtocol.Tcp : SipProtocol.Udp;
        return new CallTarget([(uri, new SipPeer(new IPEndPoint(address, uri.Port ?? 5060), protocol))], $"<{uri.Raw}>", false, null);
    }
}
