using CallCenter.Engine.Abstractions;

namespace CallCenter.Activities.Say;

/// <summary>Reads a number: 123 → 一百二十三 / one hundred twenty-three; decimals with 点 / point.</summary>
[Activity("Call", "Say number", "Reads a number aloud in Mandarin or English (123 → 一百二十三).",
    CategoryZh = "通话", DisplayNameZh = "播报数字", DescriptionZh = "用普通话或英语读出一个数（123 → 一百二十三）。", Icon = "pin")]
public sealed class SayNumber : SayActivity
{
    [Input(DisplayName = "Number", DisplayNameZh = "数字", Required = true, Description = "e.g. {{ points }}", DescriptionZh = "例如 {{ points }}")]
    public Input<string> Value { get; set; } = new("");

    protected override string SpokenText(ActivityContext context, string voice) =>
        SayText.Number(ParseDecimal(Value.Get(context), "the number"), voice);
}
