using CallCenter.Activities.Say;

namespace CallCenter.Activities.Tests.Say;

public sealed class EnglishNumbersTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(7, "seven")]
    [InlineData(13, "thirteen")]
    [InlineData(20, "twenty")]
    [InlineData(21, "twenty-one")]
    [InlineData(99, "ninety-nine")]
    [InlineData(100, "one hundred")]
    [InlineData(101, "one hundred one")]
    [InlineData(123, "one hundred twenty-three")]
    [InlineData(1000, "one thousand")]
    [InlineData(1005, "one thousand five")]
    [InlineData(12345, "twelve thousand three hundred forty-five")]
    [InlineData(1000000, "one million")]
    [InlineData(1000001, "one million one")]
    [InlineData(2500000000, "two billion five hundred million")]
    [InlineData(-42, "minus forty-two")]
    public void Whole_numbers(long value, string expected) => Assert.Equal(expected, EnglishNumbers.ToWords(value));

    [Theory]
    [InlineData("3.14", "three point one four")]
    [InlineData("0.05", "zero point zero five")]
    [InlineData("12.50", "twelve point five")]
    public void Decimals(string value, string expected) =>
        Assert.Equal(expected, EnglishNumbers.ToWords(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, "first")]
    [InlineData(2, "second")]
    [InlineData(3, "third")]
    [InlineData(4, "fourth")]
    [InlineData(5, "fifth")]
    [InlineData(8, "eighth")]
    [InlineData(9, "ninth")]
    [InlineData(11, "eleventh")]
    [InlineData(12, "twelfth")]
    [InlineData(20, "twentieth")]
    [InlineData(21, "twenty-first")]
    [InlineData(22, "twenty-second")]
    [InlineData(30, "thirtieth")]
    [InlineData(31, "thirty-first")]
    [InlineData(100, "one hundredth")]
    public void Ordinals(long value, string expected) => Assert.Equal(expected, EnglishNumbers.Ordinal(value));

    [Theory]
    [InlineData(2026, "twenty twenty-six")]
    [InlineData(2000, "two thousand")]
    [InlineData(2005, "two thousand five")]
    [InlineData(2010, "twenty ten")]
    [InlineData(1999, "nineteen ninety-nine")]
    [InlineData(1900, "nineteen hundred")]
    [InlineData(1905, "nineteen oh five")]
    [InlineData(2100, "twenty-one hundred")]
    public void Years(int year, string expected) => Assert.Equal(expected, EnglishNumbers.Year(year));
}
