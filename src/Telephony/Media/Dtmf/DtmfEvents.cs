namespace CallCenter.Telephony.Media.Dtmf;

/// <summary>Mapping between keypad digits and RFC 4733 §3.2 event codes (0–9, * = 10, # = 11, A–D = 12–15).</summary>
public static class DtmfEvents
{
    private const string Digits = "0123456789*#ABCD";

    /// <summary>Returns the event code for a digit (letters case-insensitive).</summary>
    public static bool TryGetEventCode(char digit, out byte eventCode)
    {
        int index = Digits.IndexOf(char.ToUpperInvariant(digit), StringComparison.Ordinal);
        eventCode = index < 0 ? (byte)0 : (byte)index;
        return index >= 0;
    }

    /// <summary>Returns the digit for an event code 0–15.</summary>
    public static bool TryGetDigit(int eventCode, out char digit)
    {
        if ((uint)eventCode < (uint)Digits.Length)
        {
            digit = Digits[eventCode];
            return true;
        }

        digit = '\0';
        return false;
    }
}
