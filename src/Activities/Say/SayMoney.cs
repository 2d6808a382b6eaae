using CallCenter.Engine.Abstractions;

namespace CallCenter.Activities.Say;

/// <summary>Reads an amount: 123.45 → 一百二十三元四角五分 / one hundred twenty-three dollars and forty-five cents.</summary>
[Activity("Call", "Say money", "Reads an amount of money (元角分 / dollars and cents).",
    CategoryZh = "通话", DisplayNameZh = "播报金额", DescriptionZh = "读出金额（元角分 / dollars and cents）。", Icon = "payments")]
public sealed class SayMoney : SayActivity
{
    [Input(DisplayName = "Amount", DisplayNameZh = "金额", Required = true, Description = "e.g. {{ balance }}", DescriptionZh = "例如 {{ balance }}")]
    public Input<string> Amount { get; set; } = new("");

    protected override string SpokenText(ActivityContext context, string voice) =>
        SayText.Money(ParseDecimal(Amount.Get(context), "the amount"), voice);
}
