using CallCenter.Activities.Say;
using CallCenter.Activities.Tests.Prompts;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.Say;

/// <summary>The Say* activities in a running flow: the words composed from cached TTS pieces reach the call's player.</summary>
public sealed class SayActivityTests : IAsyncLifetime
{
    private readonly RecordingPlayer _player = new();
    private PromptHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await PromptHost.SqliteAsync(s => s.AddSingleton<ICallAudioPlayer>(_player));

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
        var outcome = await RunAsync(type, new Dictionary<string, object?> { [input] = value, ["voice"] = voice, ["bargeIn"] = false });

        Assert.Equal("Done", outcome);
        var played = Assert.Single(_player.Plays);
        Assert.False(played.BargeIn);
        Assert.Equal(SpeechComposer.Words(words, voice), played.Prompts.Select(p => p.Name.Split(':')[2]));
        Assert.All(played.Prompts, p => Assert.True(p.SampleCount > 400, $"{p.Name} is too short to be a word"));
    }

    [Fact]
    public async Task Phrase_composition_plays_one_sentence()
    {
        await RunAsync("SayMoney", new Dictionary<string, object?> { ["amount"] = "10.05", ["composition"] = "Phrase" });
        Assert.Equal(["tts:cmn:十元零五分"], _player.Plays.Single().Prompts.Select(p => p.Name));
    }

    [Fact]
    public async Task Pieces_are_synthesised_once_across_calls()
    {
        await RunAsync("SayNumber", new Dictionary<string, object?> { ["value"] = "111" });
        var after = _host.Get<CallCenter.Activities.Prompts.TtsCache>().Syntheses;
        await RunAsync("SayNumber", new Dictionary<string, object?> { ["value"] = "1111" });
        Assert.Equal(3, after); // 一百一十一: 一, 百, 十
        Assert.Equal(4, _host.Get<CallCenter.Activities.Prompts.TtsCache>().Syntheses); // only 千 is new
    }

    [Fact]
    public async Task A_hang_up_during_the_reading_takes_the_HungUp_outcome()
    {
        _player.Outcome = PlayOutcome.HungUp;
        Assert.Equal("HungUp", await RunAsync("SayDigits", new Dictionary<string, object?> { ["digits"] = "12" }));
    }

    private async Task<string?> RunAsync(string type, Dictionary<string, object?> properties)
    {
        var id = "say-" + Guid.NewGuid().ToString("N")[..8];
        var flow = new FlowBuilder(id).Variable("balance").Activity("start", "Start").Activity("say", type, properties)
            .Activity("done", "SetVariable", new { variable = "balance", value = "done" }).Activity("hungup", "End")
            .Connect("start", "say").Connect("say", "Done", "done").Connect("say", "HungUp", "hungup").Build();
        var published = await _host.Definitions.PublishAsync(flow);
        Assert.True(published.Success, published.ToString());
        var run = await _host.Get<IWorkflowRuntime>().StartAsync(id, new StartOptions(Variables: new Dictionary<string, object?> { ["balance"] = "123.45" }));
        var journal = await _host.Get<CallCenter.Engine.Persistence.IInstanceStore>().GetJournalAsync(run.InstanceId!);
        return journal.Single(j => j.ActivityId == "say").Outcome;
    }

    private sealed class RecordingPlayer : ICallAudioPlayer
    {
        public List<(IReadOnlyList<AudioPrompt> Prompts, bool BargeIn)> Plays { get; } = [];
        public PlayOutcome Outcome { get; set; } = PlayOutcome.Completed;

        public Task<PlayOutcome> PlayAsync(ActivityContext context, IReadOnlyList<AudioPrompt> prompts, bool bargeIn, CancellationToken ct)
        {
            lock (Plays) Plays.Add((prompts, bargeIn));
            return Task.FromResult(Outcome);
        }
    }
}
