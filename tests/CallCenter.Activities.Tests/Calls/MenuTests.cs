using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>Menu in a real engine flow on a fake call: options as outcomes, retries with the retry prompt, Timeout/Invalid, hang-up.</summary>
public sealed class MenuTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(seed: false);
        await _host.PublishAsync(new FlowBuilder("menu").Variable("key").Variable("result")
            .Activity("start", "Start")
            .Activity("menu", "Menu", new
            {
                prompt = "menu",
                text = "请按{{ caller }}",
                retryPrompt = "retry",
                attempts = 3,
                options = new object[] { new { digit = "1", outcome = "mailbox" }, new { digit = "2", outcome = "complaint" }, new { digit = "0" } },
                digit = "key",
            })
            .Activity("mailbox", "SetVariable", new { variable = "result", value = "mailbox" })
            .Activity("complaint", "SetVariable", new { variable = "result", value = "complaint" })
            .Activity("operator", "SetVariable", new { variable = "result", value = "operator" })
            .Activity("timeout", "SetVariable", new { variable = "result", value = "timeout" })
            .Activity("invalid", "SetVariable", new { variable = "result", value = "invalid" })
            .Connect("start", "menu").Connect("menu", "mailbox", "mailbox").Connect("menu", "complaint", "complaint").Connect("menu", "0", "operator")
            .Connect("menu", "Timeout", "timeout").Connect("menu", "Invalid", "invalid")
            .Build());
    }

    [Theory]
    [InlineData("1", "mailbox")]
    [InlineData("2", "complaint")]
    [InlineData("0", "operator")]
    public async Task Menu_takes_the_outcome_of_the_key_pressed(string key, string expected)
    {
        var call = new FakeCallSession(caller: "13800000001").Keys(key);
        var run = await _host.RunCallAsync("menu", call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(expected, run.Instance!.Variables["result"]);
        Assert.Equal(key, run.Instance.Variables["key"]);
        Assert.Equal(("menu", key == "0" ? "0" : expected), (await _host.PathAsync(run.InstanceId!))[1]);
        // The prompt is the library prompt then the templated TTS text, with barge-in.
        Assert.Equal(["answer", "play: lib:menu + tts:cmn:请按13800000001 (barge-in)", "collect: max=1 end="], call.Operations);
    }

    [Fact]
    public async Task Menu_replays_with_the_retry_prompt_after_a_wrong_key_then_takes_the_right_one()
    {
        var call = new FakeCallSession().Keys("9", "2");
        var run = await _host.RunCallAsync("menu", call);

        Assert.Equal("complaint", run.Instance!.Variables["result"]);
        Assert.Equal(2, call.Operations.Count(o => o.StartsWith("collect")));
        Assert.Contains(call.Operations, o => o.StartsWith("play: lib:retry + lib:menu"));
    }

    [Fact]
    public async Task Menu_repeats_prompt_then_takes_Invalid_after_three_bad_digits()
    {
        var call = new FakeCallSession().Keys("9", "8", "7", "1");
        var run = await _host.RunCallAsync("menu", call);

        Assert.Equal("invalid", run.Instance!.Variables["result"]);
        Assert.Equal("7", run.Instance.Variables["key"]);
        Assert.Equal(3, call.Operations.Count(o => o.StartsWith("collect")));
        Assert.Equal(2, call.Operations.Count(o => o.StartsWith("play: lib:retry")));
    }

    [Fact]
    public async Task Menu_takes_Timeout_when_nothing_is_pressed_on_the_last_attempt()
    {
        var call = new FakeCallSession().Keys("9", null, null);
        var run = await _host.RunCallAsync("menu", call);

        Assert.Equal("timeout", run.Instance!.Variables["result"]);
        Assert.Equal(3, call.Operations.Count(o => o.StartsWith("collect")));
    }

    [Fact]
    public async Task A_caller_hanging_up_mid_menu_cancels_the_instance_and_the_journal_shows_the_menu()
    {
        var call = new FakeCallSession().Keys("9").HangUpAt("collect", 2);
        var run = await _host.RunCallAsync("menu", call);

        Assert.Equal(RunOutcome.Cancelled, run.Outcome);
        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Null(run.Instance!.Variables.GetValueOrDefault("result"));
        Assert.Equal([("start", "Done"), ("menu", "Cancelled")], await _host.PathAsync(run.InstanceId!));
        Assert.Empty(run.Incidents);
        Assert.DoesNotContain(call.Operations, o => o.StartsWith("hangup"));
    }

    [Fact]
    public async Task A_menu_with_a_repeated_key_does_not_publish()
    {
        var result = await _host.Get<WorkflowDefinitionService>().PublishAsync(new FlowBuilder("bad").Activity("start", "Start")
            .Activity("menu", "Menu", new { options = new object[] { new { digit = "1" }, new { digit = "1", outcome = "again" }, new { digit = "12" } } })
            .Chain("start", "menu").Build());
        Assert.False(result.Success);
        Assert.Contains("appears twice", result.ToString());
        Assert.Contains("is not one key", result.ToString());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
