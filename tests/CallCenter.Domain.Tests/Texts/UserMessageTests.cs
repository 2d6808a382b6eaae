using System.Globalization;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Tests.Texts;

/// <summary>Messages kept as format + values: the English text is unchanged, and a translation can put the values anywhere.</summary>
public sealed class UserMessageTests
{
    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["Agent {0} is {1}: {2}"] = "座席 {0} 当前{1}：{2}",
        ["log in first."] = "请先签入。",
        ["AgentStatus.LoggedOut"] = "未签入",
        ["Wait {0:0.0} s for {1}"] = "为{1}等待 {0:0.0} 秒",
        ["phone {0}"] = "电话 {0}",
        ["matches: {0}"] = "对应：{0}",
        ["broken {0}"] = "坏的 {1}",
    };

    private static string InChinese(UserMessage message) => message.ToString(k => Chinese.GetValueOrDefault(k), new CultureInfo("zh-CN"));

    [Fact]
    public void An_interpolated_message_keeps_its_format_and_values_and_reads_as_the_plain_interpolation_in_English()
    {
        var agent = "8001";
        var seconds = 2.25;
        var message = UserMessage.Of($"Wait {seconds:0.0} s for {agent}");

        Assert.Equal("Wait {0:0.0} s for {1}", message.Format);
        Assert.Equal([2.25, "8001"], message.Args);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Wait {seconds:0.0} s for {agent}"), message.ToString());
        Assert.Equal("为8001等待 2.3 秒", InChinese(message));
    }

    [Fact]
    public void Braces_in_the_text_or_in_a_value_survive_both_ways()
    {
        var value = "{x}";
        var message = UserMessage.Of($"name the flow: flow:{{id}} not {value}");
        Assert.Equal("name the flow: flow:{id} not {x}", message.ToString());

        UserMessage plain = "use {braces} freely";
        Assert.Equal("use {braces} freely", plain.ToString());
        Assert.Equal("use {braces} freely", InChinese(plain));
    }

    [Fact]
    public void Nested_messages_enum_values_and_lists_are_translated_too()
    {
        var message = UserMessage.Of($"Agent {"8001"} is {AgentStatus.LoggedOut}: {(UserMessage)"log in first."}");
        Assert.Equal("Agent 8001 is LoggedOut: log in first.", message.ToString());
        Assert.Equal("座席 8001 当前未签入：请先签入。", InChinese(message));

        var list = new List<UserMessage> { UserMessage.Of($"phone {"13800138000"}"), UserMessage.Of($"phone {"075588880000"}") };
        Assert.Equal("对应：电话 13800138000, 电话 075588880000", InChinese(UserMessage.Of($"matches: {list}")));
    }

    [Fact]
    public void A_missing_or_broken_translation_falls_back_to_English()
    {
        Assert.Equal("not translated 7", InChinese(UserMessage.Of($"not translated {7}")));
        Assert.Equal("broken 7", InChinese(UserMessage.Of($"broken {7}"))); // "{1}" has no value: English, not an exception
    }

    [Fact]
    public void A_real_ACD_refusal_carries_its_reason_as_a_translatable_message()
    {
        var acd = new InMemoryAcd(TimeProvider.System);
        acd.UpsertAgent(new AgentProfile("8001", "1001"));
        var refused = acd.Ready("8001");

        Assert.Equal(AcdErrorCode.InvalidTransition, refused.Error);
        Assert.Equal("Agent '{0}' is {1}: {2}", refused.Reason!.Format);
        Assert.Equal("Agent '8001' is LoggedOut: log in first.", refused.Message);
    }
}
