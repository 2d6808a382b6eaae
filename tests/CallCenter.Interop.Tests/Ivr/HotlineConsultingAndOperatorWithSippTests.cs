using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>hotline-12345 keys 4 (consulting, SMS of the text on request, delivered to a stand-in gateway) and 0 (operator queue; no agent logged in here).</summary>
public sealed class HotlineConsultingAndOperatorWithSippTests : IvrSippTest, IAsyncLifetime
{
    private const string Caller = "13700137000";
    private readonly SmsGatewayStub _gateway = new();

    protected override string[] ExtraSettings => [$"Messaging:SmsGateway:Url={_gateway.Url}"];

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Consulting_sends_the_policy_text_by_SMS_when_the_caller_presses_1()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "4"), PcapStep.Keys(3_000, "1"));

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Contains("consult_sms:Done", call.Steps);
        var sms = Assert.Single(call.Messages);
        Assert.Equal(("consult_sms", "Sms", Caller), (sms.ActivityId, sms.Channel, sms.To));
        Assert.Contains("居住证", sms.Text);
        // The gateway got it from the outbox, and the call shows it delivered.
        var delivered = await _gateway.FirstMessage.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal((sms.OutboxId, Caller), (delivered.GetProperty("id").GetInt64(), delivered.GetProperty("to").GetString()));
        Assert.Equal(sms.Text, delivered.GetProperty("text").GetString());
        Assert.Equal("Sent", (await CallWhenAsync(run, c => c.Messages.Single().State == "Sent")).Messages.Single().State);
    }

    [Fact]
    public async Task With_no_agent_logged_in_the_operator_key_sends_the_caller_to_the_mailbox()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "0"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: no input from 13700137000");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:operator", "operator_intro:Done", "operator:NoAgents", "operator_busy:Done", "mailbox_record:NoAudio"],
            call.Steps.SkipWhile(s => !s.StartsWith("menu:")).Take(5));
        Assert.Equal(("hotline", "NoAgents"), (call.Queues.Single().Queue, call.Queues.Single().Outcome));
    }
}
