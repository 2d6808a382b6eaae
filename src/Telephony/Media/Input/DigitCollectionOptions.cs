namespace CallCenter.Telephony.Media.Input;

/// <summary>How a <see cref="DigitCollector"/> collects: when it stops and how long it waits.</summary>
public sealed record DigitCollectionOptions
{
    /// <summary>Digits after which collection ends (default 1; 0 = no limit, end on a terminator or timeout).</summary>
    public int MaxDigits { get; init; } = 1;

    /// <summary>Digits that end collection and are not included in the result (default "#"; "" = none).</summary>
    public string Terminators { get; init; } = "#";

    /// <summary>How long to wait for the first digit (default 5 s).</summary>
    public TimeSpan FirstDigitTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for each further digit (default 3 s).</summary>
    public TimeSpan InterDigitTimeout { get; init; } = TimeSpan.FromSeconds(3);
}
