using System.Buffers.Binary;
using System.Text;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>Reads a 16-bit PCM WAV of two channels (a call recorded caller left, agent right) into its channels.</summary>
internal static class StereoWav
{
    public static (short[] Left, short[] Right, int Rate) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length >= 12 && Encoding.ASCII.GetString(bytes, 0, 4) == "RIFF" && Encoding.ASCII.GetString(bytes, 8, 4) == "WAVE", $"{path} is not a WAV file");
        int channels = 0, rate = 0, bits = 0;
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            var body = bytes.AsSpan(offset + 8);
            if (id == "fmt ")
            {
                Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(body)); // PCM
                channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
                bits = BinaryPrimitives.ReadInt16LittleEndian(body[14..]);
            }
            else if (id == "data")
            {
                Assert.True(channels == 2 && bits == 16, $"{path}: {channels} channel(s) of {bits} bits, not 16-bit stereo");
                var frames = Math.Min(size, body.Length) / 4;
                var left = new short[frames];
                var right = new short[frames];
                for (var i = 0; i < frames; i++)
                {
                    left[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 4)..]);
                    right[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 4 + 2)..]);
                }
                return (left, right, rate);
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException($"{path} has no data chunk");
    }
}
