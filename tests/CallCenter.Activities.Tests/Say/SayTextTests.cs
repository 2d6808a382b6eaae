using CallCenter.Activities.Say;

namespace CallCenter.Activities.Tests.Say;

public sealed class SayTextTests
{
    [Theory]
    [InlineData("123.45", "一百二十三元四角五分")]
    [InlineData("0", "零元")]
    [InlineData("0.001", "零元")]
    [InlineData("0.05", "五分")]
    [InlineData("0.5", "五角")]
    [InlineData("0.55", "五角五分")]
    [InlineData("1", "一元")]
    [InlineData("2", "两元")]
    [InlineData("2.2", "两元二角")]
    [InlineData("10", "十元")]
    [InlineData("10.05", "十元零五分")]
    [InlineData("10.5", "十元五角")]
    [InlineData("100.01", "一百元零一分")]
    [InlineData("200", "两百元")]
    [InlineData("1005.30", "一千零五元三角")]
    [InlineData("20000", "两万元")]
    [InlineData("0.995", "一元")]
    [InlineData("-3.5", "负三元五角")]
    public void Money_in_yuan_jiao_fen(string amount, string expected) =>
        Assert.Equal(expected, SayText.Money(Parse(amount), "cmn"));

    [Theory]
    [InlineData("123.45", "one hundred twenty-three dollars and forty-five cents")]
    [InlineData("0", "zero dollars")]
    [InlineData("1", "one dollar")]
    [InlineData("0.01", "one cent")]
    [InlineData("0.5", "fifty cents")]
    [InlineData("1.01", "one dollar and one cent")]
    [InlineData("2000000", "two million dollars")]
    [InlineData("-7.25", "minus seven dollars and twenty-five cents")]
    public void Money_in_dollars_and_cents(string amount, string expected) =>
        Assert.Equal(expected, SayText.Money(Parse(amount), "en"));

    [Theory]
    [InlineData(2026, 11, 25, "cmn", "二零二六年十一月二十五日")]
    [InlineData(2000, 1, 1, "cmn", "二零零零年一月一日")]
    [InlineData(2026, 10, 10, "cmn", "二零二六年十月十日")]
    [InlineData(2026, 2, 20, "zh-CN", "二零二六年二月二十日")]
    [InlineData(2026, 11, 25, "en", "November twenty-fifth, twenty twenty-six")]
    [InlineData(2000, 3, 1, "en", "March first, two thousand")]
    public void Dates(int year, int month, int day, string voice, string expected) =>
        Assert.Equal(expected, SayText.Date(new DateOnly(year, month, day), voice));

    [Theory]
    [InlineData("12345", "cmn", "一二三四五")]
    [InlineData("1000", "cmn", "一零零零")]
    [InlineData("*0#", "cmn", "星号零井号")]
    [InlineData("139-0013 9000", "cmn", "一三九零零一三九零零零")]
    [InlineData("2026", "en", "two zero two six")]
    [InlineData("1#", "en", "one pound")]
    public void Digits_one_by_one(string digits, string voice, string expected) =>
        Assert.Equal(expected, SayText.Digits(digits, voice));

    [Fact]
    public void A_letter_is_not_a_digit() => Assert.Throws<FormatException>(() => SayText.Digits("12a", "cmn"));

    [Theory]
    [InlineData("一百二十三元", "cmn", new[] { "一", "百", "二", "十", "三", "元" })]
    [InlineData("星号零井号", "cmn", new[] { "星号", "零", "井号" })]
    [InlineData("November twenty-fifth, twenty twenty-six", "en", new[] { "November", "twenty", "fifth", "twenty", "twenty", "six" })]
    public void Composition_cuts_text_into_cacheable_words(string text, string voice, string[] expected) =>
        Assert.Equal(expected, SpeechComposer.Words(text, voice));

    private static decimal Parse(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
