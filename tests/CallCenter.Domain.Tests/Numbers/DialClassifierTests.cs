using CallCenter.Domain.Agents;
using CallCenter.Domain.Numbers;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Numbers;

public sealed class DialClassifierTests
{
    private static readonly CenterNumbers Center = new(new HashSet<string> { "1001", "1002", "1003" }, new HashSet<string> { "12345", "4008001234" });
    private static readonly DialClassifier Beijing = new(Options.Create(new NumberOptions { LocalAreaCode = "010" }));

    [Theory]
    [InlineData("1001", DialledNumberKind.Extension)]
    [InlineData(" 1003 ", DialledNumberKind.Extension)]
    [InlineData("12345", DialledNumberKind.ServiceNumber)]
    [InlineData("400-800-1234", DialledNumberKind.ServiceNumber)]
    [InlineData("+86 400 800 1234", DialledNumberKind.ServiceNumber)]
    public void The_centers_extensions_and_service_numbers_are_internal(string number, DialledNumberKind kind)
    {
        var result = Beijing.Classify(number, Center);
        Assert.Equal((kind, DialPermission.Internal), (result.Kind, result.Needs));
        Assert.False(result.IsExternal);
    }

    [Theory]
    [InlineData("110", DialledNumberKind.ShortNumber, "110")]
    [InlineData("120", DialledNumberKind.ShortNumber, "120")]
    [InlineData("10086", DialledNumberKind.ShortNumber, "10086")]
    [InlineData("95588", DialledNumberKind.ShortNumber, "95588")]
    [InlineData("123456", DialledNumberKind.ShortNumber, "123456")]
    [InlineData("8888 0000", DialledNumberKind.LocalFixedLine, "88880000")]
    [InlineData("6512345", DialledNumberKind.LocalFixedLine, "6512345")]
    [InlineData("010-8888 0000", DialledNumberKind.LocalFixedLine, "01088880000")]
    [InlineData("(010) 6512 3456", DialledNumberKind.LocalFixedLine, "01065123456")]
    [InlineData("+86 10 8888 0000", DialledNumberKind.LocalFixedLine, "01088880000")]
    [InlineData("4006668888", DialledNumberKind.NationalServiceNumber, "4006668888")]
    [InlineData("8008101234", DialledNumberKind.NationalServiceNumber, "8008101234")]
    public void Short_numbers_and_the_local_area_are_local(string number, DialledNumberKind kind, string dial)
    {
        var result = Beijing.Classify(number, Center);
        Assert.Equal((kind, DialPermission.Local, dial), (result.Kind, result.Needs, result.Number));
        Assert.True(result.IsExternal);
    }

    [Theory]
    [InlineData("0755-8888 0000", DialledNumberKind.OtherAreaFixedLine, "075588880000")]
    [InlineData("021 6888 1234", DialledNumberKind.OtherAreaFixedLine, "02168881234")]
    [InlineData("0571-8765432", DialledNumberKind.OtherAreaFixedLine, "05718765432")]
    [InlineData("13800138000", DialledNumberKind.Mobile, "13800138000")]
    [InlineData("199 1234 5678", DialledNumberKind.Mobile, "19912345678")]
    [InlineData("+8613800138000", DialledNumberKind.Mobile, "13800138000")]
    [InlineData("0086 138 0013 8000", DialledNumberKind.Mobile, "13800138000")]
    [InlineData("+86 755 8888 0000", DialledNumberKind.OtherAreaFixedLine, "075588880000")]
    public void Other_areas_and_mobiles_are_long_distance_also_when_written_with_86(string number, DialledNumberKind kind, string dial)
    {
        var result = Beijing.Classify(number, Center);
        Assert.Equal((kind, DialPermission.LongDistance, dial), (result.Kind, result.Needs, result.Number));
    }

    [Theory]
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    [InlineData("0014155550100", "+14155550100")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+852 2345 6789", "+85223456789")]
    public void Other_countries_are_international_in_E164_form(string number, string dial)
    {
        var result = Beijing.Classify(number, Center);
        Assert.Equal((DialledNumberKind.International, DialPermission.International, dial), (result.Kind, result.Needs, result.Number));
    }

    [Theory]
    [InlineData(null, "Enter a number")]
    [InlineData("   ", "Enter a number")]
    [InlineData("abc", "not a phone number")]
    [InlineData("138001380OO", "not a phone number")]
    [InlineData("sip:1001@example.com", "not a phone number")]
    [InlineData("1001+2", "not a phone number")]
    [InlineData("*43", "not a phone number")]
    [InlineData("12", "too short")]
    [InlineData("1234567", "known form")]
    [InlineData("138001380001", "known form")]
    [InlineData("12345678901234567890123", "too long")]
    [InlineData("0755", "not a fixed line")]
    [InlineData("0755123", "not a fixed line")]
    [InlineData("0755 0123 4567", "not a fixed line")]
    [InlineData("013800138000", "area code")]
    [InlineData("+999 1234 5678", "no country")]
    [InlineData("+1 41", "too short")]
    [InlineData("+1 415", "possible number")]
    [InlineData("+1 4155 5501 0012 34", "possible number")]
    public void Anything_else_is_invalid_with_a_message(string? number, string message)
    {
        var result = Beijing.Classify(number, Center);
        Assert.False(result.IsValid);
        Assert.Contains(message, result.Error?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(result.PermittedFor(DialPermission.International));
    }

    [Fact]
    public void Without_a_local_area_code_every_area_code_is_long_distance_but_numbers_without_one_stay_local()
    {
        var anywhere = new DialClassifier(Options.Create(new NumberOptions()));
        Assert.Equal(DialPermission.LongDistance, anywhere.Classify("010-8888 0000").Needs);
        Assert.Equal(DialPermission.Local, anywhere.Classify("8888 0000").Needs);
    }

    [Fact]
    public void A_local_area_code_without_its_zero_is_understood()
    {
        var shenzhen = new DialClassifier(Options.Create(new NumberOptions { LocalAreaCode = "755" }));
        Assert.Equal(DialPermission.Local, shenzhen.Classify("0755 8888 0000").Needs);
        Assert.Equal(DialPermission.LongDistance, shenzhen.Classify("010 8888 0000").Needs);
    }

    [Fact]
    public void Without_the_center_numbers_an_extension_looks_like_a_short_number()
    {
        Assert.Equal(DialledNumberKind.ShortNumber, Beijing.Classify("1001").Kind);
        Assert.Equal(DialledNumberKind.Extension, Beijing.Classify("1001", Center).Kind);
    }

    [Theory]
    [InlineData(DialPermission.Internal, "1001", true)]
    [InlineData(DialPermission.Internal, "110", false)]
    [InlineData(DialPermission.Local, "88880000", true)]
    [InlineData(DialPermission.Local, "13800138000", false)]
    [InlineData(DialPermission.LongDistance, "13800138000", true)]
    [InlineData(DialPermission.LongDistance, "+14155550100", false)]
    [InlineData(DialPermission.International, "+14155550100", true)]
    [InlineData(DialPermission.International, "1001", true)]
    public void Each_permission_includes_the_ones_before_it(DialPermission agent, string number, bool permitted) =>
        Assert.Equal(permitted, Beijing.Classify(number, Center).PermittedFor(agent));
}
