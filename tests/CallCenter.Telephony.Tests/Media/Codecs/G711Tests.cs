using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Tests.Media.Codecs;

public class G711Tests
{
    [Theory]
    [InlineData(0x00, -32124)]
    [InlineData(0x80, 32124)]
    [InlineData(0x7F, 0)]
    [InlineData(0xFF, 0)]
    [InlineData(0x7E, -8)]
    [InlineData(0xFE, 8)]
    [InlineData(0xEF, 132)]
    [InlineData(0x0F, -16764)]
    public void MuLaw_decodes_ITU_reference_codes(int code, int expected)
    {
        Assert.Equal(expected, MuLaw.Decode((byte)code));
    }

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    [InlineData(0xD4, 24)]
    [InlineData(0xC5, 264)]
    public void ALaw_decodes_ITU_reference_codes(int code, int expected)
    {
        Assert.Equal(expected, ALaw.Decode((byte)code));
    }

    [Fact]
    public void Silence_encodes_to_0xFF_in_mu_law_and_0xD5_in_A_law()
    {
        Assert.Equal(0xFF, MuLaw.Encode(0));
        Assert.Equal(0xD5, ALaw.Encode(0));
        Assert.Equal(MuLaw.Silence, MuLaw.Encode(0));
        Assert.Equal(ALaw.Silence, ALaw.Encode(0));
    }

    [Fact]
    public void Full_scale_saturates_to_the_largest_codes()
    {
        Assert.Equal(0x80, MuLaw.Encode(short.MaxValue));
        Assert.Equal(0x00, MuLaw.Encode(short.MinValue));
        Assert.Equal(0xAA, ALaw.Encode(short.MaxValue));
        Assert.Equal(0x2A, ALaw.Encode(short.MinValue));
    }

    [Fact]
    public void Every_code_survives_decode_then_encode()
    {
        for (int code = 0; code < 256; code++)
        {
            // µ-law has two zeros (0x7F negative zero decodes to 0 which re-encodes as 0xFF).
            if (code != 0x7F)
            {
                Assert.Equal(code, MuLaw.Encode(MuLaw.Decode((byte)code)));
            }

            Assert.Equal(code, ALaw.Encode(ALaw.Decode((byte)code)));
        }
    }

    [Fact]
    public void Round_trip_error_stays_within_half_a_quantisation_step()
    {
        for (int sample = short.MinValue; sample <= short.MaxValue; sample++)
        {
            int magnitude = Math.Abs(sample);
            int muError = Math.Abs(MuLaw.Decode(MuLaw.Encode((short)sample)) - sample);
            int aError = Math.Abs(ALaw.Decode(ALaw.Encode((short)sample)) - sample);
            if (magnitude <= 32124)
            {
                // Segment step is ~1/16 of the segment's base; the error is at most half a step.
                Assert.True(muError <= Math.Max(8, magnitude / 16), $"µ-law error {muError} at {sample}");
            }

            if (magnitude <= 32256)
            {
                Assert.True(aError <= Math.Max(16, magnitude / 16), $"A-law error {aError} at {sample}");
            }
        }
    }

    [Fact]
    public void Span_encode_and_decode_match_the_scalar_tables_and_report_counts()
    {
        short[] pcm = new short[160];
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)(Math.Sin(i * 0.3) * 20000);
        }

        foreach (IAudioCodec codec in new IAudioCodec[] { PcmuCodec.Instance, PcmaCodec.Instance })
        {
            byte[] encoded = new byte[codec.EncodedBytesPerFrame];
            short[] decoded = new short[codec.SamplesPerFrame];
            Assert.Equal(160, codec.Encode(pcm, encoded));
            Assert.Equal(160, codec.Decode(encoded, decoded));
            for (int i = 0; i < pcm.Length; i++)
            {
                byte scalar = codec.PayloadType == 0 ? MuLaw.Encode(pcm[i]) : ALaw.Encode(pcm[i]);
                Assert.Equal(scalar, encoded[i]);
                Assert.True(Math.Abs(decoded[i] - pcm[i]) <= 1300);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_450_Hz_tone_survives_encode_and_decode(int payloadType)
    {
        IAudioCodec codec = AudioCodecs.FromPayloadType(payloadType)!;
        var generator = new ToneGenerator(new ToneDefinition(450, 0, 0.25, 0, 0));
        short[] pcm = new short[1600];
        generator.Fill(pcm);
        byte[] encoded = new byte[pcm.Length];
        short[] decoded = new short[pcm.Length];

        codec.Encode(pcm, encoded);
        codec.Decode(encoded, decoded);

        Assert.InRange(Goertzel.Amplitude(decoded, 450), 0.23, 0.27);
        Assert.True(Goertzel.Amplitude(decoded, 1350) < 0.01); // no strong third harmonic from companding
    }

    [Fact]
    public void Codecs_describe_themselves_for_SDP_and_RTP()
    {
        Assert.Equal((byte)0, PcmuCodec.Instance.PayloadType);
        Assert.Equal("PCMU", PcmuCodec.Instance.Name);
        Assert.Equal((byte)8, PcmaCodec.Instance.PayloadType);
        Assert.Equal("PCMA", PcmaCodec.Instance.Name);
        Assert.Equal(8000, PcmaCodec.Instance.ClockRate);
        Assert.Equal(160, PcmuCodec.Instance.SamplesPerFrame);
        Assert.Same(PcmaCodec.Instance, AudioCodecs.FromPayloadType(8));
        Assert.Same(PcmuCodec.Instance, AudioCodecs.FromName("pcmu"));
        Assert.Null(AudioCodecs.FromPayloadType(18));
    }

    [Fact]
    public void Encode_into_a_too_small_buffer_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MuLaw.Encode(new short[10], new byte[9]));
        Assert.Throws<ArgumentException>(() => ALaw.Decode(new byte[10], new short[9]));
    }
}
