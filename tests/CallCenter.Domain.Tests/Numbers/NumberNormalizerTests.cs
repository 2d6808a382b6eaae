using CallCenter.Domain.Numbers;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Numbers;

public sealed class NumberNormalizerTests
{
    private static readonly NumberNormalizer China = new(Options.Create(new NumberOptions()));

    [Theory]
    [InlineData("+8613800138000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("008613800138000", "13800138000")]
    [InlineData("+8675588880000", "075588880000")]
    [InlineData("0755-8888 0000", "075588880000")]
    [InlineData("13800138000", "13800138000")]
    [InlineData("12345", "12345")]
    [InlineData("1001", "1001")]
    [InlineData("*43", "*43")]
    [InlineData("+14155550100", "+14155550100")]
    [InlineData("0014155550100", "+14155550100")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Callers_from_the_centers_country_are_compared_in_national_form(string? input, string expected) =>
        Assert.Equal(expected, China.Normalize(input));

    [Fact]
    public void Another_default_region_keeps_Chinese_numbers_international() =>
        Assert.Equal("+8613800138000", new NumberNormalizer(Options.Create(new NumberOptions { DefaultRegion = "US" })).Normalize("+8613800138000"));
}
