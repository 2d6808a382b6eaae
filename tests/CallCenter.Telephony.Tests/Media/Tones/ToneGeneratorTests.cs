using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Tests.Media.Tones;

public class ToneGeneratorTests
{
    [Fact]
    public void China_ringback_is_450_Hz_one_second_on_four_off()
    {
        var generator = new ToneGenerator(ToneScheme.China, CallProgressTone.Ringback);
        short[] audio = Generate(generator, seconds: 10);

        Assert.True(Goertzel.Amplitude(audio.AsSpan(0, 8000), 450) > 0.2);
        Assert.True(Goertzel.Amplitude(audio.AsSpan(0, 8000), 1000) < 0.01);
        Assert.Equal(new[] { true, false, false, false, false, true, false, false, false, false }, OnPerBlock(audio, 8000));
    }

    [Fact]
    public void China_busy_is_450_Hz_350_ms_on_350_off()
    {
        short[] audio = Generate(new ToneGenerator(ToneScheme.China, CallProgressTone.Busy), seconds: 2.8);

        Assert.True(Goertzel.Amplitude(audio.AsSpan(0, 2800), 450) > 0.2);
        Assert.Equal(new[] { true, false, true, false, true, false, true, false }, OnPerBlock(audio, 2800));
    }

    [Fact]
    public void North_American_tones_are_dual_frequency_with_their_cadence()
    {
        short[] ringback = Generate(new ToneGenerator(ToneScheme.NorthAmerica, CallProgressTone.Ringback), seconds: 12);
        Assert.True(Goertzel.Amplitude(ringback.AsSpan(0, 8000), 440) > 0.1);
        Assert.True(Goertzel.Amplitude(ringback.AsSpan(0, 8000), 480) > 0.1);
        Assert.True(Goertzel.Amplitude(ringback.AsSpan(0, 8000), 450) < 0.05);
        Assert.Equal(new[] { true, false, true, false }, Cadence(ringback, onSeconds: 2, offSeconds: 4));

        short[] busy = Generate(new ToneGenerator(ToneScheme.NorthAmerica, CallProgressTone.Busy), seconds: 2);
        Assert.True(Goertzel.Amplitude(busy.AsSpan(0, 4000), 480) > 0.1);
        Assert.True(Goertzel.Amplitude(busy.AsSpan(0, 4000), 620) > 0.1);
        Assert.Equal(new[] { true, false, true, false }, OnPerBlock(busy, 4000));
    }

    [Fact]
    public void DTMF_digit_tone_carries_its_row_and_column_frequencies()
    {
        Assert.True(ToneDefinition.TryForDtmf('#', out ToneDefinition hash));
        short[] audio = Generate(new ToneGenerator(hash), seconds: 0.1);

        Assert.True(Goertzel.Amplitude(audio, 941) > 0.1);
        Assert.True(Goertzel.Amplitude(audio, 1477) > 0.1);
        Assert.True(Goertzel.Amplitude(audio, 697) < 0.03);
        Assert.True(Goertzel.Amplitude(audio, 1209) < 0.03);
        Assert.False(ToneDefinition.TryForDtmf('x', out _));
    }

    [Fact]
    public void Frames_join_without_a_phase_jump()
    {
        // 450 Hz is not a whole number of cycles per 20 ms frame (9 cycles exactly would hide a reset),
        // so use 440 Hz: 8.8 cycles per frame. Frame-by-frame output must equal one long generation.
        var framed = new ToneGenerator(new ToneDefinition(440, 0, 0.5, 0, 0));
        var whole = new ToneGenerator(new ToneDefinition(440, 0, 0.5, 0, 0));
        short[] byFrames = new short[1600];
        for (int offset = 0; offset < byFrames.Length; offset += 160)
        {
            framed.Fill(byFrames.AsSpan(offset, 160));
        }

        short[] inOneGo = new short[1600];
        whole.Fill(inOneGo);

        Assert.Equal(inOneGo, byFrames);
        int maxStep = 0;
        for (int i = 1; i < byFrames.Length; i++)
        {
            maxStep = Math.Max(maxStep, Math.Abs(byFrames[i] - byFrames[i - 1]));
        }

        // A 440 Hz sine at half scale moves at most 2π·440/8000·16384 ≈ 5660 per sample.
        Assert.True(maxStep < 5800, $"step {maxStep}");
    }

    private static bool[] Cadence(short[] audio, int onSeconds, int offSeconds)
    {
        int period = (onSeconds + offSeconds) * 8000;
        var result = new List<bool>();
        for (int start = 0; start + period <= audio.Length; start += period)
        {
            result.Add(Goertzel.Amplitude(audio.AsSpan(start, onSeconds * 8000), 440) > 0.1);
            result.Add(Goertzel.Amplitude(audio.AsSpan(start + (onSeconds * 8000), offSeconds * 8000), 440) > 0.01);
        }

        return result.ToArray();
    }

    private static short[] Generate(ToneGenerator generator, double seconds)
    {
        short[] audio = new short[(int)(seconds * 8000)];
        for (int offset = 0; offset < audio.Length; offset += 160)
        {
            generator.Fill(audio.AsSpan(offset, Math.Min(160, audio.Length - offset)));
        }

        return audio;
    }

    private static bool[] OnPerBlock(short[] audio, int block)
    {
        var on = new List<bool>();
        for (int start = 0; start + block <= audio.Length; start += block)
        {
            long energy = 0;
            for (int i = start; i < start + block; i++)
            {
                energy += Math.Abs((int)audio[i]);
            }

            on.Add(energy / block > 500);
        }

        return on.ToArray();
    }
}
