using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Numbers;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Tests.Localization;

/// <summary>The Domain's and the ACD's messages as a zh-CN user reads them: real refusals, translated, values in place.</summary>
public sealed partial class DomainTextTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    public DomainTextTests() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = _culture;
        _services.Dispose();
    }

    private IStringLocalizer<DomainText> D => _services.GetRequiredService<IStringLocalizer<DomainText>>();

    [Fact]
    public void An_agent_status_refusal_reads_in_Chinese_with_the_agent_and_the_status_translated()
    {
        var acd = new InMemoryAcd(TimeProvider.System);
        acd.UpsertAgent(new AgentProfile("8001", "1001"));

        Assert.Equal("座席 8001 当前未签入：请先签入。", D.Text(acd.Ready("8001").Reason));
        Assert.True(acd.Login("8001").Succeeded);
        Assert.Equal("座席 8001 当前空闲：已经签入。", D.Text(acd.Login("8001").Reason));
        Assert.Equal("请选择示忙原因（休息、开会、培训……）。", D.Text(acd.NotReady("8001", " ").Reason));
    }

    [Theory]
    [InlineData("", "请输入要拨打的号码。")]
    [InlineData("12", "12 太短：号码至少 3 位。")]
    [InlineData("138-abc", "“138-abc”不是电话号码：只能使用数字、空格、“-”、括号和开头的“+”。")]
    [InlineData("+999123456", "+999123456 不是国际号码：没有以此开头的国家代码。")]
    public void A_number_an_agent_cannot_dial_is_explained_in_Chinese(string input, string expected)
    {
        var classification = new DialClassifier(Options.Create(new NumberOptions())).Classify(input);

        Assert.False(classification.IsValid);
        Assert.Equal(expected, D.Text(classification.Error));
    }

    [Fact]
    public void A_queue_setting_out_of_range_is_explained_in_Chinese_with_its_note()
    {
        var errors = CallCenter.Domain.Queues.QueueDirectory.Validate(new CallCenter.Domain.Queues.CallQueue { Name = "q", MaxWaitSeconds = -5 }).Freeze();

        Assert.Equal("取值必须在 0 到 86400 之间（0 表示不限）；当前为 -5。", D.Text(Assert.Single(errors["maxWaitSeconds"])));
        Assert.Equal("maxWaitSeconds must be between 0 and 86400 (0 = no limit); it was -5.", errors["maxWaitSeconds"][0].ToString()); // the API's
    }

    [Fact]
    public void In_English_the_same_refusal_reads_as_the_API_says_it()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
        var acd = new InMemoryAcd(TimeProvider.System);
        acd.UpsertAgent(new AgentProfile("8001", "1001"));
        var refused = acd.Ready("8001");

        Assert.Equal("Agent '8001' is logged out: log in first.", D.Text(refused.Reason));
        Assert.Equal("Agent '8001' is LoggedOut: log in first.", refused.Message); // the API's text stays stable
    }

    [Fact]
    public void Every_translation_uses_only_values_its_English_key_has()
    {
        var resources = new ResourceManager(typeof(DomainText).FullName!, typeof(DomainText).Assembly)
            .GetResourceSet(new CultureInfo("zh-CN"), createIfNotExists: true, tryParents: false)!;
        var checkedCount = 0;
        foreach (DictionaryEntry entry in resources)
        {
            var key = (string)entry.Key;
            // A translation may leave a value out (e.g. the field's name, shown next to the message anyway), never invent one.
            Assert.Subset(Placeholders(key).ToHashSet(), Placeholders((string)entry.Value!).ToHashSet());
            checkedCount++;
        }
        Assert.True(checkedCount > 100, $"only {checkedCount} translations found");
    }

    private static string[] Placeholders(string format) =>
        [.. Placeholder().Matches(format).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
