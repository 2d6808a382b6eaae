using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Tests.Media.Recording;

public class SilenceDetectorTests
{
    private static short[] Tone(double amplitude)
    {
        var frame = new short[160];
        new ToneGenerator(new ToneDefinition(1000, 0, amplitude, 0, 0)).Fill(frame);
        return frame;
    }

    [Fact]
    public void Silence_is_reported_once_it_has_lasted_the_timeout()
    {
        var detector = new SilenceDetector(TimeSpan.FromMilliseconds(100));
        var quiet = new short[160];
        for (int i = 0; i < 4; i++) Assert.False(detector.Process(quiet));

        Assert.True(detector.Process(quiet)); // the fifth 20 ms frame makes 100 ms
    }

    [Fact]
    public void Speech_level_audio_restarts_the_count_but_line_noise_does_not()
    {
        var detector = new SilenceDetector(TimeSpan.FromMilliseconds(100));
        var noise = Tone(0.003); // about -50 dBFS
        var speech = Tone(0.1);
        for (int i = 0; i < 4; i++) detector.Process(noise);
        Assert.False(detector.Process(speech));
        Assert.Equal(0, detector.SilentSamples);

        for (int i = 0; i < 4; i++) Assert.False(detector.Process(noise));
        Assert.True(detector.Process(noise));
    }

    [Fact]
    public void Level_is_the_mean_absolute_amplitude()
    {
        Assert.Equal(0, SilenceDetector.Level(new short[160]));
        short[] square = [1000, -1000, 1000, -1000];
        Assert.Equal(1000, SilenceDetector.Level(square));
    }
}
