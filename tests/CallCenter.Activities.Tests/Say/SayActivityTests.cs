using CallCenter.Activities.Calls;
using CallCenter.Activities.Prompts;
using CallCenter.Activities.Say;
using CallCenter.Activities.Tests.Prompts;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Say;

/// <summary>The Say* activities in a running flow on a fake call: the words, composed from cached espeak-ng pieces, are played.</summary>
public sealed class SayActivityTests : IAsyncLifetime
{
    private PromptHost _host = null!;
    private IReadOnlyList<CallCenter.Domain.Calls.CallPromptPlayed> _traced = [];

    public async Task InitializeAsync() => _host = await PromptHost.SqliteAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("SayMoney", "amount", "{{ balance }}", "cmn", "一百二十三元四角五分")]
    [InlineData("SayMoney", "amount", "{{ balance }}", "en", "one hundred twenty-three dollars and forty-five cents")]
    [InlineData("SayNumber", "value", "200", "cmn", "两百")]
    [InlineData("SayDigits", "digits", "T20261125-0001", "cmn", "二零二六一一二五零零零一")]
    [InlineData("SayDate", "date", "2026-11-25", "cmn", "二零二六年十一月二十五日")]
    [InlineData("SayDate", "date", "2026-11-24T17:30:00Z", "en", "November twenty-fifth, twenty twenty-six")]
    public async Task Say_activities_play_the_words_of_the_value_piece_by_piece(string type, string input, string value, string voice, string words)
    {
        var call = new FakeCallSession();
        var (run, path) = await RunAsync(type, new Dictionary<string, object?> { [input] = value, ["voice"] = voice }, call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(("say", "Done"), path[1]);
        var expected = string.Join(" + ", SpeechComposer.Words(words, voice).Select(w => $"tts:{voice}:{w}"));
        Assert.Equal(["answer", "play: " + expected], call.Operations); // playing answers a ringing call first
        // The call trace keeps the words spoken, not the template.
        Assert.Equal([("say", words, voice)], _traced.Select(p => (p.ActivityId, p.Text!, p.Voice!)));
    }

    [Fact]
    public async Task Pieces_are_real_trimmed_speech_and_are_synthesised_once_across_calls()
    {
        var composer = _host.Get<SpeechComposer>();
        var pieces = await composer.NumberAsync(111, "cmn"); // 一百一十一: 一, 百, 十
        Assert.Equal(3, _host.Get<TtsCache>().Syntheses);
        Assert.All(pieces, p => Assert.InRange(p.Duration, TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(900)));
        var whole = await _host.Get<TtsCache>().SpeakAsync("一", "cmn");
        Assert.True(pieces[0].SampleCount < whole.SampleCount, "the silence around a piece is trimmed");

        await composer.NumberAsync(1111, "cmn");
        Assert.Equal(4, _host.Get<TtsCache>().Syntheses); // only 千 is new
    }

    [Fact]
    public async Task Phrase_composition_plays_one_sentence()
    {
        var call = new FakeCallSession();
        await RunAsync("SayMoney", new Dictionary<string, object?> { ["amount"] = "10.05", ["composition"] = "Phrase" }, call);
        Assert.Equal(["answer", "play: tts:cmn:十元零五分"], call.Operations);
    }

    [Fact]
    public async Task A_key_during_a_barge_in_reading_takes_Interrupted()
    {
        var call = new FakeCallSession().Keys("1");
        var (_, path) = await RunAsync("SayDigits", new Dictionary<string, object?> { ["digits"] = "12", ["bargeIn"] = true }, call);
        Assert.Equal(("say", "Interrupted"), path[1]);
    }

    [Fact]
    public async Task A_caller_hanging_up_during_the_reading_cancels_the_instance_there()
    {
        var call = new FakeCallSession().HangUpAt("play");
        var (run, path) = await RunAsync("SayNumber", new Dictionary<string, object?> { ["value"] = "5" }, call);
        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(("say", "Cancelled"), path[^1]);
    }

    private async Task<(RunResult Run, (string Activity, string? Outcome)[] Path)> RunAsync(string type, Dictionary<string, object?> properties, FakeCallSession call)
    {
        var id = "say-" + Guid.NewGuid().ToString("N")[..8];
        var flow = new FlowBuilder(id).Variable("balance").Activity("start", "Start").Activity("say", type, properties)
            .Activity("done", "SetVariable", new { variable = "balance", value = "done" })
            .Connect("start", "say").Connect("say", "Done", "done").Build();
        var published = await _host.Definitions.PublishAsync(flow);
        Assert.True(published.Success, published.ToString());

        var instanceId = Guid.NewGuid().ToString("N");
        using var binding = _host.Get<CallSessions>().Bind(call, instanceId);
        var variables = new Dictionary<string, object?> { ["balance"] = "123.45", [CallVariables.CallId] = call.Id };
        var run = await _host.Get<IWorkflowRuntime>().StartAsync(id, new StartOptions(variables, call.Id, InstanceId: instanceId)).WaitAsync(CallFlows.Timeout);
        if (call.State == CallCenter.Telephony.Sessions.CallSessionState.Ended && !binding.EndedByFlow)
            run = await binding.Cancellation.WaitAsync(CallFlows.Timeout) ?? run;
        _traced = binding.Trace.Build(call.Id, instanceId, id, 1, [], new Dictionary<string, string>(), DateTimeOffset.UnixEpoch).Details.Prompts;
        var journal = await _host.Get<IInstanceStore>().GetJournalAsync(run.InstanceId!);
        return (run, [.. journal.Select(j => (j.ActivityId, j.Outcome))]);
    }
}
