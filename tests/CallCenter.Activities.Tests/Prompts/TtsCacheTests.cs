using CallCenter.Activities.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Tests.Prompts;

/// <summary>espeak-ng TTS through the cache: real synthesis (test.sh installs espeak-ng; without it these fail, loudly).</summary>
public sealed class TtsCacheTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("callcenter-tts-").FullName;

    private TtsCache NewCache(Action<PromptStorageOptions>? configure = null)
    {
        var options = new PromptStorageOptions { DataDirectory = _data };
        configure?.Invoke(options);
        return new TtsCache(Options.Create(options), NullLogger<TtsCache>.Instance);
    }

    [Fact]
    public void Espeak_ng_is_installed()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "espeak-ng")));
        Assert.True(onPath, "espeak-ng is not installed: the TTS tests need it. Run ./test.sh as root (it installs it) or apt-get install espeak-ng.");
    }

    [Theory]
    [InlineData("您的余额是一百二十三元", "cmn")]
    [InlineData("Your balance is one hundred dollars", "en")]
    public async Task Both_voices_speak_as_8k_audio_of_plausible_length(string text, string voice)
    {
        var audio = await NewCache().SpeakAsync(text, voice);
        Assert.InRange(audio.Duration, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(6));
        Assert.Contains(audio.Samples.ToArray(), s => Math.Abs((int)s) > 2000);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_sentence_synthesise_it_once_and_the_disk_serves_a_new_process()
    {
        var cache = NewCache();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await cache.SpeakAsync("请稍候，正在为您转接", "cmn"))));

        Assert.Equal(1, cache.Syntheses);
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.True(File.Exists(cache.CachePath("请稍候，正在为您转接", "cmn")));
        Assert.StartsWith(Path.Combine(_data, "tts", "cmn"), cache.CachePath("请稍候，正在为您转接", "cmn"));

        var restarted = NewCache();
        var fromDisk = await restarted.SpeakAsync("请稍候，正在为您转接", "cmn");
        Assert.Equal(0, restarted.Syntheses);
        Assert.Equal(results[0].SampleCount, fromDisk.SampleCount);

        await cache.SpeakAsync("请稍候，正在为您转接", "en");
        Assert.Equal(2, cache.Syntheses); // the voice is part of the key
    }

    [Fact]
    public async Task An_unknown_voice_is_a_clear_error_and_is_not_cached()
    {
        var cache = NewCache();
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(async () => await cache.SpeakAsync("hello", "xx-nosuch"));
        Assert.Contains("xx-nosuch", error.Message);
        await Assert.ThrowsAsync<SpeechSynthesisException>(async () => await cache.SpeakAsync("hello", "xx-nosuch"));
        Assert.Equal(2, cache.Syntheses);
    }

    [Fact]
    public async Task A_missing_espeak_says_how_to_install_it()
    {
        var cache = NewCache(o => o.EspeakExecutable = "/nonexistent/espeak-ng");
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(async () => await cache.SpeakAsync("hello", "en"));
        Assert.Contains("apt-get install espeak-ng", error.Message);
    }

    [Fact]
    public async Task Text_starting_with_a_dash_is_spoken_not_taken_as_an_option()
    {
        var audio = await NewCache().SpeakAsync("-5 degrees", "en");
        Assert.True(audio.Duration > TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public async Task The_prompt_provider_serves_library_prompts_by_name_and_speech()
    {
        await using var host = await PromptHost.SqliteAsync();
        var provider = host.Get<IPromptProvider>();
        Assert.Null(await provider.GetAsync("welcome"));
        await host.UploadAsync("welcome", TestAudio.ToneWav(22050, 1, 0.5));
        Assert.Equal(4000, (await provider.GetAsync("welcome"))!.SampleCount, tolerance: 20);
        Assert.True((await provider.SpeakAsync("欢迎致电", "cmn")).SampleCount > 4000);
        Assert.True(File.Exists(host.Get<TtsCache>().CachePath("欢迎致电", "cmn")));
        Assert.StartsWith(host.DataDirectory, host.Get<TtsCache>().CachePath("欢迎致电", "cmn"));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
