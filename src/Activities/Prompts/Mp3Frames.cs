namespace CallCenter.Activities.Prompts;

/// <summary>
/// Walks the MPEG audio frames of an MP3 by their headers (ISO/IEC 11172-3 and 13818-3) to tell a
/// complete file from a half-uploaded one: decoders quietly drop a cut-off last frame, so a truncated
/// upload would otherwise be stored as a shorter prompt.
/// </summary>
internal static class Mp3Frames
{
    private static readonly int[] V1Layer1 = [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448];
    private static readonly int[] V1Layer2 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384];
    private static readonly int[] V1Layer3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] V2Layer1 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256];
    private static readonly int[] V2Layer23 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    // Junk (e.g. a stray tag) may precede the first frame; this is how far we look for it.
    private const int MaxLeadingJunk = 64 * 1024;

    /// <summary>True when the data starts like an MP3 (an ID3v2 tag or an MPEG audio frame header).</summary>
    public static bool LooksLikeMp3(ReadOnlySpan<byte> data) =>
        data.StartsWith("ID3"u8) || (data.Length >= 4 && FrameLength(data) > 0);

    /// <summary>Null when every frame is complete; otherwise the problem.</summary>
    public static DecodedAudio? Check(ReadOnlySpan<byte> data, string name)
    {
        int offset = 0;
        if (data.StartsWith("ID3"u8))
        {
            if (data.Length < 10) return Truncated(name, "ends inside its ID3 tag");
            int size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F);
            offset = 10 + size + ((data[5] & 0x10) != 0 ? 10 : 0);
            if (offset > data.Length) return Truncated(name, "ends inside its ID3 tag");
        }

        int frames = 0;
        int junkLimit = Math.Min(data.Length, offset + MaxLeadingJunk);
        while (offset < data.Length)
        {
            var rest = data[offset..];
            if (frames > 0 && (rest.StartsWith("TAG"u8) || rest.StartsWith("APETAGEX"u8) || rest.StartsWith("LYRICS"u8))) break;
            if (rest.Length < 4)
            {
                if (frames > 0 && rest[0] == 0xFF) return Truncated(name, $"ends inside the header of frame {frames + 1}");
                break;
            }

            int length = FrameLength(rest);
            if (length <= 0)
            {
                if (frames == 0 && offset < junkLimit) { offset++; continue; }
                if (frames == 0) return DecodedAudio.Fail(PromptUploadError.NotAudio, $"Prompt '{name}' is neither a WAV nor an MP3 file.");
                return DecodedAudio.Fail(PromptUploadError.Unsupported, $"Prompt '{name}' is a broken MP3: frame {frames + 1} at byte {offset} has no valid header.");
            }

            if (offset + length > data.Length)
                return Truncated(name, $"frame {frames + 1} needs {offset + length - data.Length} more bytes");
            offset += length;
            frames++;
        }

        return frames == 0 ? DecodedAudio.Fail(PromptUploadError.Empty, $"Prompt '{name}' holds no MP3 audio frames.") : null;
    }

    /// <summary>Bytes of the frame whose header starts <paramref name="header"/>, or 0 when it is not a valid header.</summary>
    public static int FrameLength(ReadOnlySpan<byte> header)
    {
        if (header.Length < 4 || header[0] != 0xFF || (header[1] & 0xE0) != 0xE0) return 0;
        int version = (header[1] >> 3) & 3; // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
        int layer = (header[1] >> 1) & 3;   // 1: III, 2: II, 3: I, 0: reserved
        int bitrateIndex = header[2] >> 4;
        int rateIndex = (header[2] >> 2) & 3;
        int padding = (header[2] >> 1) & 1;
        if (version == 1 || layer == 0 || bitrateIndex is 0 or 15 || rateIndex == 3) return 0;

        bool v1 = version == 3;
        int[] table = (v1, layer) switch
        {
            (true, 3) => V1Layer1,
            (true, 2) => V1Layer2,
            (true, _) => V1Layer3,
            (false, 3) => V2Layer1,
            _ => V2Layer23,
        };
        int bitrate = table[bitrateIndex] * 1000;
        int sampleRate = (rateIndex switch { 0 => 44100, 1 => 48000, _ => 32000 }) >> (version switch { 3 => 0, 2 => 1, _ => 2 });
        return layer switch
        {
            3 => ((12 * bitrate / sampleRate) + padding) * 4,
            1 when !v1 => (72 * bitrate / sampleRate) + padding,
            _ => (144 * bitrate / sampleRate) + padding,
        };
    }

    private static DecodedAudio Truncated(string name, string detail) =>
        DecodedAudio.Fail(PromptUploadError.Truncated, $"Prompt '{name}' is truncated: it {(detail.StartsWith("ends", StringComparison.Ordinal) ? detail : "is cut off — " + detail)} (upload incomplete?).");
}
