using System.Globalization;

namespace CallCenter.Telephony.Sdp;

/// <summary>Strict number parsing for SDP fields: digits only, no sign, no spaces, no overflow.</summary>
internal static class SdpNumbers
{
    public static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool TryULong(ReadOnlySpan<char> text, out ulong value) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool TryPort(ReadOnlySpan<char> text, out int port) =>
        TryInt(text, out port) && port <= 65535;

    public static bool TryPayloadType(ReadOnlySpan<char> text, out int pt) =>
        TryInt(text, out pt) && pt <= 127;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
