using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Tests.Media.Playback;

public sealed class PromptPlayerTests
{
    private static AudioPrompt Prompt(int samples) => new(Enumerable.Range(0, samples).Select(i => (short)i).ToArray(), "test");

    [Fact]
    public async Task Plays_every_frame_in_order_pads_the_last_with_silence_and_completes_as_played()
    {
        var player = new PromptPlayer(Prompt(400));
        var frame = new short[160];
        var frames = new List<short[]>();
        while (player.Read(frame)) frames.Add([.. frame]);

        Assert.Equal(3, frames.Count);
        Assert.Equal(160, frames[1][0]);
        Assert.Equal(399, frames[2][79]);
        Assert.Equal(0, frames[2][80]);
        Assert.True(await player.Completion.WaitAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Stopping_it_barge_in_ends_playback_at_once_as_not_played()
    {
        var player = new PromptPlayer(Prompt(8000));
        var frame = new short[160];
        Assert.True(player.Read(frame));

        player.Stop();

        Assert.False(player.Read(frame));
        Assert.False(await player.Completion.WaitAsync(TimeSpan.FromSeconds(1)));
    }
}
