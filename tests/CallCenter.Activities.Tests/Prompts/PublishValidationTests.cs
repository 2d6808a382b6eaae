using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Prompts;

/// <summary>A flow that names a prompt missing from the library is refused at publish, naming activity and prompt.</summary>
public sealed class PublishValidationTests : IAsyncLifetime
{
    private PromptHost _host = null!;

    public async Task InitializeAsync() => _host = await PromptHost.SqliteAsync(s => s.AddActivity<PlayStub>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_missing_prompt_refuses_the_publish_until_it_is_uploaded()
    {
        var flow = new FlowBuilder("hotline").Variable("name")
            .Activity("start", "Start")
            .Activity("welcome", "PlayStub", new { prompt = "welcome-12345" })
            .Activity("night", "PlayStub", new { prompt = "night", prompts = new[] { "welcome-12345", "closed" } })
            .Activity("dynamic", "PlayStub", new { prompt = "{{ name }}" })
            .Chain("start", "welcome", "night", "dynamic").Build();
        await _host.UploadAsync("night", TestAudio.ToneWav(8000, 1, 0.3));

        var refused = await _host.Definitions.PublishAsync(flow);

        Assert.False(refused.Success);
        Assert.Equal(
            [
                "activity 'night', property 'prompts': prompt 'welcome-12345' is not in the prompt library: upload it first",
                "activity 'night', property 'prompts': prompt 'closed' is not in the prompt library: upload it first",
                "activity 'welcome', property 'prompt': prompt 'welcome-12345' is not in the prompt library: upload it first",
            ],
            refused.Validation.Errors.Select(e => e.ToString()));
        Assert.False((await _host.Definitions.ValidateAsync(flow)).IsValid);

        await _host.UploadAsync("welcome-12345", TestAudio.ToneWav(8000, 1, 0.3));
        await _host.UploadAsync("closed", TestAudio.ToneWav(8000, 1, 0.3));
        var published = await _host.Definitions.PublishAsync(flow);
        Assert.True(published.Success, published.ToString());
        Assert.Equal(1, published.Version);
    }

    /// <summary>Stands in for the call activities' Play/Menu: inputs edited as prompts.</summary>
    [Activity("Test", "Play stub", "Names prompts.")]
    public sealed class PlayStub : Activity
    {
        [Input(Editor = InputEditor.Prompt)]
        public Input<string> Prompt { get; set; } = new("");

        [Input(Editor = InputEditor.Prompt)]
        public Input<List<string>> Prompts { get; set; } = new([]);

        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
    }
}
