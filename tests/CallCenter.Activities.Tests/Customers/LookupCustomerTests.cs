using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Customers;

/// <summary>LookupCustomer in a flow: the customer's fields become variables later activities read in templates.</summary>
public sealed class LookupCustomerTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        await _host.PublishAsync(new FlowBuilder("lookup")
            .Variable("caller").Variable("customer", Engine.Models.VariableType.Object).Variable("last_agent").Variable("greeting")
            .Activity("start", "Start")
            .Activity("lookup", "LookupCustomer", new { callerNumber = "{{ caller }}", customer = "customer", lastAgent = "last_agent" })
            .Activity("greet", "SetVariable", new { variable = "greeting", value = "{{ customer.name }}（{{ customer.fields.district }}），VIP={{ customer.vip }}" })
            .Activity("anonymous", "SetVariable", new { variable = "greeting", value = "您好" })
            .Connect("start", "lookup")
            .Connect("lookup", "Found", "greet").Connect("lookup", "NotFound", "anonymous")
            .Build());
    }

    [Fact]
    public async Task A_known_caller_is_Found_with_fields_and_last_agent()
    {
        var run = await _host.RunAsync("lookup", new() { ["caller"] = "+86 " + DemoIvrData.VipCaller[..3] + " " + DemoIvrData.VipCaller[3..] });
        var variables = run.Instance!.Variables;
        Assert.Equal("张伟（福田区），VIP=true", variables["greeting"]);
        Assert.Equal("1001", variables["last_agent"]);
        Assert.Equal(DemoIvrData.Card1, ((IDictionary<string, object?>)variables["customer"]!)["member_number"]);
    }

    [Fact]
    public async Task A_caller_known_by_a_second_number_is_found_too() =>
        Assert.Equal("李娜（南山区），VIP=false", (await _host.RunAsync("lookup", new() { ["caller"] = "0755-8888-0000" })).Instance!.Variables["greeting"]);

    [Fact]
    public async Task An_unknown_caller_takes_NotFound_and_sets_no_customer()
    {
        var run = await _host.RunAsync("lookup", new() { ["caller"] = "13000000000" });
        Assert.Equal("您好", run.Instance!.Variables["greeting"]);
        Assert.Equal([("start", "Done"), ("lookup", "NotFound"), ("anonymous", "Done")], await _host.PathAsync(run.InstanceId!));
        Assert.Null(run.Instance.Variables.GetValueOrDefault("last_agent"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
