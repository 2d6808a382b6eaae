using CallCenter.Portal.Components.Reports.Filters;

namespace CallCenter.Portal.Tests.Components.Reports.Filters;

/// <summary>How a report filter picker narrows its list as the user types, and which name a number shown twice keeps.</summary>
public sealed class FilterOptionsTests
{
    private static readonly FilterOptions Agents = new([new("8001", "陈静 Chen Jing"), new("8002", "刘洋 Liu Yang"), new("8101", "欧阳娜娜")]);

    [Fact]
    public void Typing_part_of_a_name_or_number_narrows_the_list_case_aside()
    {
        Assert.Equal(["8101"], Agents.Search("娜娜"));
        Assert.Equal(["8002"], Agents.Search("liu"));
        Assert.Equal(["8001", "8002"], Agents.Search(" 80 "));
        Assert.Equal(["8001", "8002", "8101"], Agents.Search(""));
        Assert.Empty(Agents.Search("8299"));
    }

    [Fact]
    public void A_number_routed_and_also_an_extension_is_offered_once_with_a_name()
    {
        var numbers = new FilterOptions([new("12345", null), new("12345", "政务服务热线"), new("1001", "Demo 1001"), new("12345", "other")]);

        Assert.Equal(["12345", "1001"], numbers.All.Select(o => o.Value));
        Assert.Equal("12345 政务服务热线", numbers.All[0].Label);
        Assert.Equal("政务服务热线", numbers.NameOf("12345"));
        Assert.Null(numbers.NameOf("9999"));
    }
}
