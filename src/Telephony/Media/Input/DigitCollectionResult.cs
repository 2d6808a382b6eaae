namespace CallCenter.Telephony.Media.Input;

/// <summary>The digits collected (terminator excluded), why collection ended and, when a terminator ended it, which one.</summary>
public readonly record struct DigitCollectionResult(string Digits, DigitCollectionEnd End, char? Terminator = null)
{
    /// <summary>True when the caller pressed nothing before the first-digit timeout.</summary>
    public bool NoInput => End == DigitCollectionEnd.Timeout && Digits.Length == 0;
}
