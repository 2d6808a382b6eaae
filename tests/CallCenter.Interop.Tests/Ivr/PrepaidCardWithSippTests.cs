using System.Net;
using System.Net.Sockets;
using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// The shipped prepaid-card flow against the Portal's demo card system. The Portal listens on a port chosen here, and
/// its shipped flows are read from a copy whose card_system_url names that port (as an admin would set it).
/// </summary>
public sealed class PrepaidCardWithSippTests : IvrSippTest
{
    private const string Line = "4008001234";
    private const string Caller = "13800138000";
    private readonly int _httpPort = FreeTcpPort();

    protected override string[] ExtraSettings => [$"urls=http://127.0.0.1:{_httpPort}", $"Workflows:Folder={ShippedFlowsPointingHere()}"];

    [Fact]
    public async Task Card_number_and_PIN_read_the_balance_points_and_transactions_from_the_card_system()
    {
        var run = await CallAsync(Line, Caller, PcapStep.Keys(100, "2"), PcapStep.Keys(1_500, "8800000001#"), PcapStep.Keys(4_500, "1234#"));

        AssertCallCompleted(run);
        await SeesAsync("prepaid: balance 1288.5 and 3620 points read for card 8800000001");
        var call = await CallFromApiAsync(run);
        Assert.Equal("prepaid-card", call.Flow!.Name);
        Assert.Equal(["verify:Verified", "card_query:Success", "balance_intro:Done", "balance:Done", "points_intro:Done", "points:Done"],
            call.Steps.SkipWhile(s => !s.StartsWith("verify:")).Take(6));
        Assert.Equal("您的卡内余额为", Assert.Single(call.Prompts, p => p.ActivityId == "balance_intro").Text);
        // SayMoney speaks 1288.5 as the amount in yuan and jiao.
        Assert.Equal("一千两百八十八元五角", Assert.Single(call.Prompts, p => p.ActivityId == "balance").Text);
        Assert.Contains(call.Digits, d => d is { ActivityId: "card_gather", Digits: "8800000001" });
        Assert.Contains(call.Digits, d => d is { ActivityId: "pin_gather", Digits: "****" });
        Assert.DoesNotContain(call.Digits, d => d.Digits.Contains("1234"));
    }

    [Fact]
    public async Task Three_wrong_PINs_take_the_Failed_branch_and_the_card_system_is_never_asked()
    {
        var run = await CallAsync(Line, Caller, PcapStep.Keys(100, "2"), PcapStep.Keys(1_500, "8800000001#"),
            PcapStep.Keys(4_500, "1111#"), PcapStep.Keys(8_000, "2222#"), PcapStep.Keys(11_500, "3333#"));

        AssertCallCompleted(run);
        await SeesAsync("prepaid: PIN refused 3 times for card 8800000001, Failed branch");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["Retry", "Retry", "Failed"], call.Path.Where(s => s.ActivityId == "verify").Select(s => s.Outcome));
        Assert.Equal(["verify:Failed", "pin_failed:Done", "pin_failed_log:Done", "goodbye:Done", "hangup:Done"],
            call.Steps.SkipWhile(s => s != "verify:Failed"));
        Assert.DoesNotContain(call.Path, s => s.ActivityId == "card_query");
        // The PINs keyed are on the call masked, never in clear.
        Assert.Equal(["****", "****", "****"], call.Digits.Where(d => d.ActivityId == "pin_gather").Select(d => d.Digits));
        Assert.DoesNotContain(call.Digits, d => d.Digits is "1111" or "2222" or "3333");
    }

    [Fact]
    public async Task A_wrong_menu_key_is_retried_and_the_right_one_then_taken()
    {
        var run = await CallAsync(Line, Caller, PcapStep.Keys(100, "7"), PcapStep.Keys(2_000, "2"),
            PcapStep.Keys(4_000, "8800000002#"), PcapStep.Keys(7_000, "2468#"));

        AssertCallCompleted(run);
        await SeesAsync("prepaid: balance 56.2 and 480 points read for card 8800000002");
        var call = await CallFromApiAsync(run);
        Assert.Equal("2", call.Digits.Last(d => d.ActivityId == "menu").Digits);
        Assert.Contains("menu:service", call.Steps);
    }

    [Fact]
    public async Task No_card_number_keyed_times_out_to_a_goodbye()
    {
        var run = await CallAsync(Line, Caller, PcapStep.Keys(100, "2"));

        AssertCallCompleted(run);
        await SeesAsync("prepaid: no input from 13800138000");
        var call = await CallFromApiAsync(run);
        Assert.Contains("card_gather:Timeout", call.Steps);
        Assert.Equal("hangup:Done", call.Steps.Last());
    }

    [Fact]
    public async Task Key_1_tells_how_to_buy_cards_and_key_3_cut_in_tells_merchants_whom_to_call()
    {
        var run = await CallAndHangUpAsync(Line, Caller, TimeSpan.FromSeconds(5), PcapStep.Keys(100, "1"), PcapStep.Keys(2_000, "3"));

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:buy", "buy_info:Interrupted", "menu:merchant", "merchant_info:Cancelled"], call.Steps.SkipWhile(s => s != "menu:buy"));
        Assert.Contains("团购", Assert.Single(call.Prompts, p => p.ActivityId == "buy_info").Text);
        Assert.Contains("客户经理", Assert.Single(call.Prompts, p => p.ActivityId == "merchant_info").Text);
    }

    [Fact]
    public async Task Key_0_with_no_agent_logged_in_says_the_operators_are_busy_and_says_goodbye()
    {
        var run = await CallAsync(Line, Caller, PcapStep.Keys(100, "0"));

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:operator", "operator_intro:Done", "operator:NoAgents", "operator_busy:Done", "goodbye:Done", "hangup:Done"],
            call.Steps.SkipWhile(s => s != "menu:operator"));
        Assert.DoesNotContain(call.Steps, s => s.StartsWith("satisfaction-survey/"));
    }

    [Fact]
    public async Task Hanging_up_during_the_welcome_cancels_the_flow_there()
    {
        var run = await CallAndHangUpAsync(Line, Caller, TimeSpan.FromMilliseconds(800));

        AssertCallCompleted(run);
        // No log line when the caller hangs up: SIPp's end of the call, then the bounded GET.
        var call = await CallFromApiAsync(run);
        Assert.Contains(call.Path[^1].ActivityId, new[] { "welcome", "menu" });
        Assert.Equal("Cancelled", call.Path[^1].Outcome);
    }

    protected override Uri ApiAddress => new($"http://127.0.0.1:{_httpPort}");

    private string ShippedFlowsPointingHere()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows");
        var copy = Directory.CreateDirectory(Path.Combine(Folder, "workflows")).FullName;
        foreach (var file in Directory.EnumerateFiles(shipped, "*.json"))
            File.WriteAllText(Path.Combine(copy, Path.GetFileName(file)),
                File.ReadAllText(file).Replace("http://127.0.0.1:5080/demo/card-system", $"http://127.0.0.1:{_httpPort}/demo/card-system", StringComparison.Ordinal));
        return copy;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
