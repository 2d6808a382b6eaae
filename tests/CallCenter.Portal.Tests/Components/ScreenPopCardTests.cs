using System.Globalization;
using Bunit;
using CallCenter.Domain.Calls;
using CallCenter.Engine.Options;
using CallCenter.Portal.Components.Desk;
using CallCenter.Portal.Components.Live;
using CallCenter.Portal.Cti;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace CallCenter.Portal.Tests.Components;

/// <summary>The screen pop as rendered (bUnit): the known caller's card, the IVR keys, the unknown caller in the user's language, call-back only after the call.</summary>
public sealed class ScreenPopCardTests : IAsyncDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private readonly BunitContext _ui = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public ScreenPopCardTests()
    {
        _ui.JSInterop.Mode = JSRuntimeMode.Loose;
        _ui.Services.AddMudServices();
        _ui.Services.AddLocalization();
        _ui.Services.AddSingleton(Options.Create(new EngineOptions { TimeZone = "Asia/Shanghai" }));
        _ui.Services.AddSingleton<CenterTime>();
        // The admin defined one field (settings page): its label shows, in its order, before the others.
        _ui.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Customers:Fields:0:Key"] = "card_type", ["Customers:Fields:0:LabelZh"] = "卡类型", ["Customers:Fields:0:LabelEn"] = "Card type",
        }).Build());
    }

    [Fact]
    public void A_known_callers_pop_shows_name_VIP_member_fields_keys_wait_and_tickets_in_the_centers_time()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
        var customer = new ScreenPopCustomer(1, "张伟", true, "8800000001", new Dictionary<string, string> { ["区县"] = "福田区", ["card_type"] = "gold" });
        var pop = DeskCallTests.Pop("c1", customer) with
        {
            Path = [new CallStep("menu", "Menu", "operator", At.AddSeconds(-15))],
            Digits = [new CallDigits("menu", "0", At.AddSeconds(-15))],
            RecentTickets = [new ScreenPopTicket("T20261101-0001", "complaint", "New", new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.Zero))],
        };
        var card = _ui.Render<ScreenPopCard>(p => p.Add(c => c.Call, new DeskCall("c1", "13800138000", "12345", "hotline", pop)));

        Assert.Equal("张伟", card.Find("#pop-customer-name").TextContent);
        Assert.Equal("VIP", card.Find("#pop-vip").TextContent.Trim());
        Assert.Equal("8800000001", card.Find("#pop-member").TextContent);
        var rows = card.FindAll("#pop-card tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(["会员号8800000001", "卡类型gold", "区县福田区"], rows);
        Assert.Contains("menu 0", card.Find("#pop-digits").TextContent);
        Assert.Equal("0:12", card.Find("#pop-wait").TextContent);
        // 01:30 UTC is 09:30 in Shanghai.
        Assert.Contains("9:30", card.Find("#pop-tickets").TextContent);
        Assert.Contains("来电振铃", card.Markup);
    }

    [Fact]
    public void An_unknown_caller_is_said_in_the_users_language_and_call_back_is_offered_only_once_the_call_is_over()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
        string? dialled = null;
        var ringing = new DeskCall("c2", "13900000000", "12345", "hotline", DeskCallTests.Pop("c2"));
        var card = _ui.Render<ScreenPopCard>(p => p.Add(c => c.Call, ringing).Add(c => c.OnDial, EventCallback.Factory.Create<string>(this, n => dialled = n)));
        Assert.Equal("Unknown caller", card.Find("#pop-unknown").TextContent);
        Assert.Empty(card.FindAll("#pop-call-back"));

        card.Render(p => p.Add(c => c.Call, ringing with { Phase = DeskCallPhase.Ended, EndedAt = At }));
        card.Find("#pop-call-back").Click();
        Assert.Equal("13900000000", dialled);
    }

    public async ValueTask DisposeAsync()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = _culture;
        await _ui.DisposeAsync();
    }
}
