using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>GatherDigits, Record and Transfer on a fake call inside real engine flows.</summary>
public sealed class GatherRecordTransferTests : IAsyncLifetime
{
    private readonly FakeTelephony _telephony = new() { Answering = { "1001" } };
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(_telephony, seed: false);
        await _host.PublishAsync(new FlowBuilder("gather").Variable("digits").Variable("r")
            .Activity("start", "Start")
            .Activity("g", "GatherDigits", new { text = "请输入工单号，以井号结束", maxDigits = 0, terminator = "#", digits = "digits" })
            .Activity("none", "SetVariable", new { variable = "r", value = "timeout" })
            .Chain("start", "g").Connect("g", "Timeout", "none").Build());
        await _host.PublishAsync(new FlowBuilder("record").Variable("rec", VariableType.Object).Variable("r")
            .Activity("start", "Start")
            .Activity("rec", "Record", new { prompt = "beep", maxLength = 60, silence = 3, recording = "rec" })
            .Activity("ok", "SetVariable", new { variable = "r", value = "recorded {{ rec.duration_seconds }}" })
            .Activity("none", "SetVariable", new { variable = "r", value = "no audio" })
            .Chain("start", "rec").Connect("rec", "Recorded", "ok").Connect("rec", "NoAudio", "none").Build());
        await _host.PublishAsync(new FlowBuilder("transfer").Variable("to").Variable("r")
            .Activity("start", "Start")
            .Activity("t", "Transfer", new { destination = "{{ to }}" })
            .Activity("done", "SetVariable", new { variable = "r", value = "transferred" })
            .Activity("failed", "SetVariable", new { variable = "r", value = "failed" })
            .Chain("start", "t").Connect("t", "Transferred", "done").Connect("t", "Failed", "failed").Build());
    }

    [Fact]
    public async Task GatherDigits_collects_until_the_terminator_into_the_variable()
    {
        var call = new FakeCallSession().Keys("202611010001#");
        var run = await _host.RunCallAsync("gather", call);

        Assert.Equal("202611010001", run.Instance!.Variables["digits"]);
        Assert.Equal(("g", "Collected"), (await _host.PathAsync(run.InstanceId!))[^1]);
        Assert.Contains("collect: max=0 end=#", call.Operations);
    }

    [Fact]
    public async Task GatherDigits_takes_Timeout_when_nothing_is_keyed()
    {
        var run = await _host.RunCallAsync("gather", new FakeCallSession().Keys((string?)null));
        Assert.Equal("timeout", run.Instance!.Variables["r"]);
        Assert.Equal("", run.Instance.Variables["digits"]);
    }

    [Fact]
    public async Task Record_stores_a_wav_under_the_recordings_folder_with_its_details()
    {
        var call = new FakeCallSession(caller: "13900000002");
        var run = await _host.RunCallAsync("record", call);

        Assert.Equal("recorded 4", run.Instance!.Variables["r"]);
        var rec = Assert.IsAssignableFrom<IDictionary<string, object?>>(run.Instance.Variables["rec"]);
        Assert.True(File.Exists((string)rec["path"]!));
        Assert.EndsWith(".wav", (string)rec["path"]!);
        Assert.Equal("13900000002", rec["caller"]);
        Assert.Equal(call.Id, rec["call_id"]);
        Assert.Equal("Digit", rec["reason"]);
        Assert.Contains("record: max=60 stop=# silence=3", call.Operations);
        Assert.Contains("play: lib:beep", call.Operations);
    }

    [Fact]
    public async Task Record_ended_by_silence_alone_takes_NoAudio()
    {
        var call = new FakeCallSession { RecordingReason = RecordingStopReason.Silence, RecordingDuration = TimeSpan.FromSeconds(3.2) };
        var run = await _host.RunCallAsync("record", call);
        Assert.Equal("no audio", run.Instance!.Variables["r"]);
    }

    [Fact]
    public async Task A_hang_up_while_recording_cancels_the_instance_but_keeps_the_recording()
    {
        var call = new FakeCallSession().HangUpAt("record");
        var run = await _host.RunCallAsync("record", call);

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(("rec", "Cancelled"), (await _host.PathAsync(run.InstanceId!))[^1]);
        var rec = Assert.IsAssignableFrom<IDictionary<string, object?>>(run.Instance!.Variables["rec"]);
        Assert.True(File.Exists((string)rec["path"]!));
        Assert.Equal("Stopped", rec["reason"]);
    }

    [Fact]
    public async Task Transfer_bridges_the_caller_to_the_answering_extension()
    {
        var call = new FakeCallSession();
        var run = await _host.RunCallAsync("transfer", call, new() { ["to"] = "1001" });

        Assert.Equal("transferred", run.Instance!.Variables["r"]);
        Assert.Contains("bridge: 1001", call.Operations);
        Assert.NotEqual(CallSessionState.Ended, call.State);
    }

    [Fact]
    public async Task Transfer_takes_Failed_when_nobody_answers()
    {
        var call = new FakeCallSession();
        var run = await _host.RunCallAsync("transfer", call, new() { ["to"] = "13700000000" });

        Assert.Equal("failed", run.Instance!.Variables["r"]);
        Assert.Contains("13700000000", _telephony.Dialled.Select(d => d.Destination));
        Assert.DoesNotContain(call.Operations, o => o.StartsWith("bridge"));
    }

    [Fact]
    public async Task A_caller_hanging_up_during_a_transfer_cancels_the_instance_at_the_transfer()
    {
        var call = new FakeCallSession { BridgeEnd = BridgeEnd.ThisSideHungUp }.HangUpAt("bridge");
        var run = await _host.RunCallAsync("transfer", call, new() { ["to"] = "1001" });

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(("t", "Cancelled"), (await _host.PathAsync(run.InstanceId!))[^1]);
        Assert.Equal(CallSessionState.Ended, Assert.Single(_telephony.Answered).State);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
