namespace CallCenter.Activities.Calls;

/// <summary>One choice of a <see cref="Menu"/>: the key and the outcome it takes (the key itself when no name is given).</summary>
public sealed record MenuOption(string Digit, string? Outcome = null)
{
    /// <summary>The outcome name the designer connects.</summary>
    public string OutcomeName => string.IsNullOrWhiteSpace(Outcome) ? Digit : Outcome;
}
