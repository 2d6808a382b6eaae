using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>Answer, Play (library prompt, templated TTS, barge-in, missing prompt) and Hangup on a fake call; and every call activity without a call.</summary>
public sealed class PlayAnswerHangupTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(seed: false);
        await _host.PublishAsync(new FlowBuilder("balance").Variable("balance", VariableType.Number).Variable("after")
            .Activity("start", "Start")
            .Activity("answer", "Answer")
            .Activity("welcome", "Play", new { prompt = "welcome" })
            .Activity("say", "Play", new { text = "您的余额是{{ balance }}元", bargeIn = true })
            .Activity("bye", "Hangup", new { reason = "balance read" })
            .Activity("after", "SetVariable", new { variable = "after", value = "ran after the hang-up" })
            .Chain("start", "answer", "welcome", "say", "bye", "after")
            .Build());
    }

    [Fact]
    public async Task Answer_Play_and_Hangup_speak_the_templated_text_and_the_flow_finishes_not_cancelled()
    {
        var call = new FakeCallSession();
        var run = await _host.RunCallAsync("balance", call, new() { ["balance"] = 12.5 });

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(["answer", "play: lib:welcome", "play: tts:cmn:您的余额是12.5元 (barge-in)", "hangup: balance read"], call.Operations);
        Assert.Equal(HangupSide.Server, call.Hangup!.Side);
        Assert.Equal("ran after the hang-up", run.Instance!.Variables["after"]);
        Assert.Equal(["start", "answer", "welcome", "say", "bye", "after"], (await _host.PathAsync(run.InstanceId!)).Select(p => p.Activity));
    }

    [Fact]
    public async Task Hanging_up_a_call_not_answered_yet_refuses_it_with_the_status_asked_for()
    {
        await _host.PublishAsync(new FlowBuilder("busy").Activity("start", "Start")
            .Activity("refuse", "Hangup", new { reason = "blacklisted caller", refuseWith = 486 }).Chain("start", "refuse").Build());
        var call = new FakeCallSession();

        var run = await _host.RunCallAsync("busy", call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(new HangupInfo(HangupSide.Server, "blacklisted caller", 486), call.Hangup);
    }

    [Fact]
    public async Task A_key_pressed_during_a_barge_in_prompt_takes_Interrupted()
    {
        await _host.PublishAsync(new FlowBuilder("barge").Activity("start", "Start").Activity("p", "Play", new { text = "hello", bargeIn = true })
            .Activity("g", "GatherDigits", new { maxDigits = 1 }).Chain("start", "p").Connect("p", "Interrupted", "g").Build());
        var call = new FakeCallSession().Keys("5");
        var run = await _host.RunCallAsync("barge", call);
        Assert.Equal([("start", "Done"), ("p", "Interrupted"), ("g", "Collected")], await _host.PathAsync(run.InstanceId!));
    }

    [Fact]
    public async Task A_caller_hanging_up_mid_prompt_cancels_the_instance_at_that_prompt()
    {
        var call = new FakeCallSession().HangUpAt("play", 2);
        var run = await _host.RunCallAsync("balance", call, new() { ["balance"] = 1 });

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(("say", "Cancelled"), (await _host.PathAsync(run.InstanceId!))[^1]);
        Assert.Null(run.Instance!.Variables.GetValueOrDefault("after"));
    }

    [Fact]
    public async Task A_literal_prompt_missing_from_the_library_refuses_the_publish()
    {
        var result = await _host.Get<CallCenter.Engine.Runtime.WorkflowDefinitionService>().PublishAsync(new FlowBuilder("missing-literal")
            .Activity("start", "Start").Activity("p", "Play", new { prompt = "no-such-prompt" }).Chain("start", "p").Build());
        Assert.False(result.Success);
        Assert.Equal("activity 'p', property 'prompt': prompt 'no-such-prompt' is not in the prompt library: upload it first", Assert.Single(result.Validation.Errors).ToString());
    }

    [Fact]
    public async Task A_prompt_named_by_a_variable_and_missing_at_call_time_takes_Error_with_an_incident()
    {
        // A literal name is checked at publish; one computed at run time can only fail when played.
        await _host.PublishAsync(new FlowBuilder("missing").Variable("r").Variable("which", VariableType.String, "no-such-prompt")
            .Activity("start", "Start").Activity("p", "Play", new { prompt = "{{ which }}" })
            .Activity("err", "SetVariable", new { variable = "r", value = "error" })
            .Chain("start", "p").Connect("p", "Error", "err").Build());
        var run = await _host.RunCallAsync("missing", new FakeCallSession());

        Assert.Equal("error", run.Instance!.Variables["r"]);
        Assert.Contains("no-such-prompt", Assert.Single(run.Incidents).Message);
    }

    [Theory]
    [InlineData("Answer", null)]
    [InlineData("Play", "{\"text\":\"hi\"}")]
    [InlineData("Menu", "{\"options\":[{\"digit\":\"1\"}]}")]
    [InlineData("GatherDigits", null)]
    [InlineData("Record", null)]
    [InlineData("Transfer", "{\"destination\":\"1001\"}")]
    [InlineData("Hangup", null)]
    public async Task Without_a_live_call_a_call_activity_takes_Error(string type, string? properties)
    {
        var id = $"nocall-{type}";
        var flow = new FlowBuilder(id).Variable("r")
            .Activity("start", "Start").Activity("a", type, properties is null ? null : System.Text.Json.JsonDocument.Parse(properties).RootElement)
            .Activity("err", "SetVariable", new { variable = "r", value = "error" })
            .Chain("start", "a").Connect("a", "Error", "err");
        // A menu's options must lead somewhere to publish.
        if (type == "Menu") flow.Activity("pressed", "SetVariable", new { variable = "r", value = "pressed" }).Connect("a", "1", "pressed");
        await _host.PublishAsync(flow.Build());
        var run = await _host.RunAsync(id);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("error", run.Instance!.Variables["r"]);
        Assert.Contains("no live call", Assert.Single(run.Incidents).Message);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
