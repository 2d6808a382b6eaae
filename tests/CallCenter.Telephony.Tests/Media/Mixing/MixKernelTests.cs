using CallCenter.Telephony.Media.Mixing;

namespace CallCenter.Telephony.Tests.Media.Mixing;

/// <summary>The SIMD mix arithmetic against a plain scalar reference, on lengths with and without a scalar tail.</summary>
public sealed class MixKernelTests
{
    [Theory]
    [InlineData(160)]
    [InlineData(163)]
    [InlineData(7)]
    public void Mix_minus_matches_the_scalar_reference_including_saturation(int length)
    {
        var random = new Random(length);
        var sum = new int[length];
        var own = new short[length];
        var extra = new int[length];
        for (int i = 0; i < length; i++)
        {
            own[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
            sum[i] = own[i] + random.Next(-100_000, 100_001);
            extra[i] = random.Next(-40_000, 40_001);
        }

        var output = new short[length];
        MixKernel.MixMinus(sum, own, extra, output);
        for (int i = 0; i < length; i++) Assert.Equal(Math.Clamp(sum[i] - own[i] + extra[i], short.MinValue, short.MaxValue), output[i]);

        MixKernel.MixMinus(sum, default, default, output);
        for (int i = 0; i < length; i++) Assert.Equal(Math.Clamp(sum[i], short.MinValue, short.MaxValue), output[i]);

        var accumulated = (int[])sum.Clone();
        MixKernel.Add(accumulated, own);
        for (int i = 0; i < length; i++) Assert.Equal(sum[i] + own[i], accumulated[i]);
    }
}
