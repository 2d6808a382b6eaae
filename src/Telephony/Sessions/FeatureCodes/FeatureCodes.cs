namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>The numbers that are feature codes: <c>*7</c> followed by digits (agent login <c>*70</c>, logout <c>*71</c>, ready <c>*72</c>, not ready <c>*73</c>).</summary>
public static class FeatureCodes
{
    /// <summary>What every feature code starts with.</summary>
    public const string Prefix = "*7";

    /// <summary>Whether <paramref name="number"/> is a feature code (<c>*7</c> and at least one more digit, digits only after the star).</summary>
    public static bool IsFeatureCode(string number)
    {
        if (!number.StartsWith(Prefix, StringComparison.Ordinal) || number.Length < 3 || number.Length > 8) return false;
        foreach (var c in number.AsSpan(1)) if (c is < '0' or > '9') return false;
        return true;
    }
}
