using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>hotline-12345 keys 4 (consulting, SMS of the text on request) and 0 (operator; no agent registered here).</summary>
public sealed class HotlineConsultingAndOperatorWithSippTests : IvrSippTest
{
    private const string Caller = "13700137000";

    [Fact]
    public async Task Consulting_sends_the_policy_text_by_SMS_when_the_caller_presses_1()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "4"), PcapStep.Keys(3_000, "1"));

        AssertCallCompleted(run);
        var (status, variables, path) = await EndedInstanceAsync("hotline-12345");
        Assert.Equal("Finished", status);
        Assert.Contains(("consult_sms", "Done"), path);
        await using var db = OpenDatabase();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT Recipient, Body FROM outbox_messages WHERE Id = $id";
        query.Parameters.AddWithValue("$id", variables.GetProperty("sms_id").GetInt64());
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the SMS is in the outbox");
        Assert.Equal(Caller, reader.GetString(0));
        Assert.Contains("居住证", reader.GetString(1));
    }

    [Fact]
    public async Task Operator_not_answering_sends_the_caller_to_the_mailbox()
    {
        var run = await CallAsync("12345", Caller, PcapStep.Keys(100, "0"));

        AssertCallCompleted(run);
        await SeesAsync("hotline: no input from 13700137000");
        var call = await CallFromApiAsync(run);
        Assert.Equal(["menu:operator", "operator_intro:Done", "operator:Failed", "operator_busy:Done", "mailbox_record:NoAudio"],
            call.Steps.SkipWhile(s => !s.StartsWith("menu:")).Take(5));
    }
}
