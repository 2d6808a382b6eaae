using CallCenter.Activities.Prompts;
using CallCenter.Domain.Prompts;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Tests.Prompts;

/// <summary>Uploading, replacing and playing library prompts, against a real database and data folder.</summary>
public abstract class PromptLibraryScenarios : IAsyncLifetime
{
    protected PromptHost Host { get; private set; } = null!;

    protected abstract Task<PromptHost> CreateHostAsync();

    public async Task InitializeAsync() => Host = await CreateHostAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task A_44k_stereo_wav_is_stored_once_as_8k_mono_16bit_wav_with_its_duration()
    {
        var result = await Host.UploadAsync("welcome", TestAudio.ToneWav(44100, 2, 1.5));

        Assert.True(result.Success, result.Message);
        Assert.Equal(1500, result.Prompt!.DurationMs, tolerance: 5);
        var file = Path.Combine(Host.DataDirectory, result.Prompt.FilePath);
        Assert.StartsWith("prompts/welcome-", result.Prompt.FilePath);
        using (var reader = new NAudio.Wave.WaveFileReader(file))
        {
            Assert.Equal((8000, 1, 16), (reader.WaveFormat.SampleRate, reader.WaveFormat.Channels, reader.WaveFormat.BitsPerSample));
            Assert.Equal(12000, reader.SampleCount, tolerance: 40);
        }

        var audio = await Host.Library.GetAudioAsync("welcome");
        Assert.NotNull(audio);
        Assert.Same(audio, await Host.Library.GetAudioAsync("welcome"));
        Assert.True(Rms(audio!) > 3000, "the tone must survive the conversion");
        Assert.Equal(["welcome"], (await Host.Library.ListAsync()).Select(p => p.Name));
    }

    [Theory]
    [InlineData("tone-44k-stereo.mp3", 1000)]
    [InlineData("welcome-22k-mono.mp3", 1490)]
    public async Task An_mp3_is_decoded_and_stored_as_8k_wav(string fixture, int expectedMs)
    {
        var result = await Host.UploadAsync("mp3", TestAudio.Fixture(fixture), fileName: fixture);

        Assert.True(result.Success, result.Message);
        // The encoder's delay and padding add up to a couple of frames.
        Assert.InRange(result.Prompt!.DurationMs, expectedMs - 10, expectedMs + 120);
        Assert.True(Rms((await Host.Library.GetAudioAsync("mp3"))!) > 500);
    }

    [Fact]
    public async Task A_half_uploaded_wav_is_refused_as_truncated_and_nothing_is_stored()
    {
        var wav = TestAudio.ToneWav(16000, 1, 1);
        var result = await Host.UploadAsync("half", wav[..(wav.Length / 2)]);

        Assert.Equal(PromptUploadError.Truncated, result.Error);
        Assert.Contains("truncated", result.Message);
        Assert.Empty(Host.StoredFiles());
        Assert.Null(await Host.Library.FindAsync("half"));
        Assert.Null(await Host.Library.GetAudioAsync("half"));
    }

    [Fact]
    public async Task A_half_uploaded_mp3_is_refused_as_truncated_not_stored_shorter()
    {
        var mp3 = TestAudio.Fixture("tone-44k-stereo.mp3");
        var result = await Host.UploadAsync("half", mp3[..(mp3.Length * 2 / 3)], fileName: "half.mp3");

        Assert.Equal(PromptUploadError.Truncated, result.Error);
        Assert.Contains("upload incomplete", result.Message);
        Assert.Empty(Host.StoredFiles());
    }

    [Theory]
    [InlineData(PromptUploadError.NotAudio, "hello, this is not audio at all")]
    [InlineData(PromptUploadError.Truncated, "")]
    [InlineData(PromptUploadError.Truncated, "RIF")]
    public async Task Anything_else_is_refused_with_a_typed_error(PromptUploadError expected, string content)
    {
        var result = await Host.UploadAsync("bad", System.Text.Encoding.UTF8.GetBytes(content));
        Assert.Equal(expected, result.Error);
        Assert.Empty(Host.StoredFiles());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("menu/main")]
    [InlineData("bad\nname")]
    public async Task A_name_that_flows_or_urls_cannot_use_is_refused(string name)
    {
        var result = await Host.UploadAsync(name, TestAudio.ToneWav(8000, 1, 0.2));
        Assert.Equal(PromptUploadError.InvalidName, result.Error);
        Assert.Empty(Host.StoredFiles());
    }

    [Fact]
    public async Task A_second_upload_under_the_same_name_needs_replace()
    {
        Assert.True((await Host.UploadAsync("menu", TestAudio.ToneWav(8000, 1, 1))).Success);
        var again = await Host.UploadAsync("menu", TestAudio.ToneWav(8000, 1, 2));
        Assert.Equal(PromptUploadError.AlreadyExists, again.Error);
        Assert.Single(Host.StoredFiles());
        Assert.Equal(1000, (await Host.Library.FindAsync("menu"))!.DurationMs);
    }

    [Fact]
    public async Task Replace_keeps_the_old_audio_until_the_new_one_is_valid_then_swaps_files()
    {
        var first = (await Host.UploadAsync("night", TestAudio.ToneWav(8000, 1, 1))).Prompt!;
        Assert.Equal(8000, (await Host.Library.GetAudioAsync("night"))!.SampleCount);

        var broken = TestAudio.ToneWav(48000, 2, 3);
        var refused = await Host.UploadAsync("night", broken[..1000], replace: true);
        Assert.Equal(PromptUploadError.Truncated, refused.Error);
        Assert.Equal(first.FilePath, (await Host.Library.FindAsync("night"))!.FilePath);
        Assert.Equal(8000, (await Host.Library.GetAudioAsync("night"))!.SampleCount);

        var replaced = await Host.UploadAsync("night", broken, replace: true);
        Assert.True(replaced.Success, replaced.Message);
        Assert.NotEqual(first.FilePath, replaced.Prompt!.FilePath);
        Assert.Equal([Path.GetFileName(replaced.Prompt.FilePath)], Host.StoredFiles());
        Assert.Equal(24000, (await Host.Library.GetAudioAsync("night"))!.SampleCount, tolerance: 40);
        Assert.Equal(first.CreatedAt, replaced.Prompt.CreatedAt);
    }

    [Fact]
    public async Task A_prompt_replaced_or_deleted_through_another_node_is_picked_up_after_the_recheck_interval()
    {
        await Host.UploadAsync("queue", TestAudio.ToneWav(8000, 1, 1));
        Assert.Equal(8000, (await Host.Library.GetAudioAsync("queue"))!.SampleCount);
        var time = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)Host.Get<TimeProvider>();
        var otherNode = new PromptLibrary(
            Host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<CallCenter.Domain.Data.CallCenterDbContext>>(),
            Host.Get<Microsoft.Extensions.Options.IOptions<PromptStorageOptions>>(), time, Microsoft.Extensions.Logging.Abstractions.NullLogger<PromptLibrary>.Instance);

        Assert.True((await otherNode.UploadAsync(new PromptUpload("queue", Replace: true), new MemoryStream(TestAudio.ToneWav(8000, 1, 2)))).Success);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(8000, (await Host.Library.GetAudioAsync("queue"))!.SampleCount);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(16000, (await Host.Library.GetAudioAsync("queue"))!.SampleCount);

        Assert.True(await otherNode.DeleteAsync("queue"));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Null(await Host.Library.GetAudioAsync("queue"));
    }

    [Fact]
    public async Task FindMissing_names_the_prompts_not_in_the_library()
    {
        await Host.UploadAsync("a", TestAudio.ToneWav(8000, 1, 0.2));
        await Host.UploadAsync("欢迎语", TestAudio.ToneWav(8000, 1, 0.2));
        Assert.Equal(["b", "c"], (await Host.Library.FindMissingAsync(["a", "b", "欢迎语", "c", "b"])).Order());
        Assert.True(await Host.Library.DeleteAsync("a"));
        Assert.Equal(["a"], await Host.Library.FindMissingAsync(["a"]));
        Assert.Single(Host.StoredFiles());
    }

    [Fact]
    public async Task Concurrent_uploads_of_one_name_store_one_prompt_and_one_file()
    {
        var uploads = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Host.UploadAsync("race", TestAudio.ToneWav(8000, 1, 0.5 + i * 0.1))));
        Assert.Single(uploads, u => u.Success);
        Assert.All(uploads.Where(u => !u.Success), u => Assert.Equal(PromptUploadError.AlreadyExists, u.Error));
        Assert.Single(Host.StoredFiles());
        Assert.Single(await Host.Library.ListAsync());
    }

    private static double Rms(AudioPrompt prompt)
    {
        double sum = 0;
        var samples = prompt.Samples[..prompt.SampleCount];
        foreach (var s in samples) sum += (double)s * s;
        return Math.Sqrt(sum / Math.Max(1, samples.Length));
    }
}
