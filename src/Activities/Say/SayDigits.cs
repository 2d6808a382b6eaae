using CallCenter.Engine.Abstractions;

namespace CallCenter.Activities.Say;

/// <summary>Reads digit by digit: a ticket or phone number (2026 → 二零二六 / two zero two six).</summary>
[Activity("Call", "Say digits", "Reads a number digit by digit (ticket numbers, phone numbers).",
    CategoryZh = "通话", DisplayNameZh = "逐位播报", DescriptionZh = "逐位读出号码（工单号、电话号码）。", Icon = "dialpad")]
public sealed class SayDigits : SayActivity
{
    [Input(DisplayName = "Digits", DisplayNameZh = "号码", Required = true, Description = "0–9, * and #; e.g. {{ ticket_number }}", DescriptionZh = "0–9、* 和 #，例如 {{ ticket_number }}")]
    public Input<string> Digits { get; set; } = new("");

    protected override string SpokenText(ActivityContext context, string voice)
    {
        // Printed ticket numbers (T20261125-0001) are read by their digits.
        var digits = new string([.. Digits.Get(context).Where(c => char.IsAsciiDigit(c) || c is '*' or '#')]);
        return SayText.Digits(digits, voice);
    }
}
