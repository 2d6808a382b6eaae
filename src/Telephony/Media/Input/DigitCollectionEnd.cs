namespace CallCenter.Telephony.Media.Input;

/// <summary>Why digit collection ended.</summary>
public enum DigitCollectionEnd
{
    /// <summary><see cref="DigitCollectionOptions.MaxDigits"/> digits were collected.</summary>
    MaxDigits,

    /// <summary>A terminator was pressed (<see cref="DigitCollectionResult.Terminator"/> says which).</summary>
    Terminator,

    /// <summary>No digit within the first-digit timeout (no digits) or the inter-digit timeout.</summary>
    Timeout,

    /// <summary>The caller of the collection cancelled it (hang-up, barge-in elsewhere).</summary>
    Cancelled,
}
