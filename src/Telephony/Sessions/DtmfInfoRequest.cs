using System.Globalization;
using System.Text;
using CallCenter.Telephony.Media.Dtmf;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Sessions;

/// <summary>Turns an in-dialog request into a DTMF INFO: <c>application/dtmf-relay</c>, <c>Signal=5\r\nDuration=160</c> (the form phones send and <see cref="DtmfInfo"/> reads).</summary>
internal static class DtmfInfoRequest
{
    public const int DurationMs = 160;

    public static SipRequest Fill(SipRequest info, char digit)
    {
        if (!DtmfEvents.TryGetEventCode(char.ToUpperInvariant(digit), out _)) throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.");
        info.Headers.Add(SipHeaderNames.ContentType, DtmfInfo.RelayContentType);
        info.Body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Signal={char.ToUpperInvariant(digit)}\r\nDuration={DurationMs}\r\n"));
        return info;
    }
}
