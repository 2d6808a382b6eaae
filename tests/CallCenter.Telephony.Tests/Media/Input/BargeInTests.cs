using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Media.Input;

public class BargeInTests
{
    private static readonly AudioPrompt TenSeconds = new(new short[80_000], "menu");

    [Fact]
    public async Task A_digit_stops_the_prompt_and_is_then_collected()
    {
        var buffer = new DigitBuffer();
        var player = new PromptPlayer(TenSeconds);
        using (BargeIn.StopOnDigit(buffer, player))
        {
            Assert.True(player.Read(new short[160]));
            buffer.Add('3');
            Assert.False(await player.Completion.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.False(player.Read(new short[160]));
        }

        var result = await DigitCollector.CollectAsync(buffer, new DigitCollectionOptions { MaxDigits = 1 }, new FakeTimeProvider()).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("3", result.Digits);
    }

    [Fact]
    public void A_digit_typed_before_the_prompt_keeps_it_from_playing()
    {
        var buffer = new DigitBuffer();
        buffer.Add('1');
        var player = new PromptPlayer(TenSeconds);

        using var bargeIn = BargeIn.StopOnDigit(buffer, player);

        Assert.False(player.Read(new short[160]));
        Assert.Equal(1, buffer.Count);
    }
}
