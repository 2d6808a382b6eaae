using System.Buffers.Binary;
using System.Runtime.InteropServices;
using CallCenter.Telephony.Media.Codecs;
using NAudio.Wave;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>
/// Writes an 8 kHz 16-bit WAV recording (mono, or stereo with interleaved samples) frame by frame (NAudio <see cref="WaveFileWriter"/>);
/// the RIFF sizes are fixed up on <see cref="Dispose"/>. Not thread-safe: one writer per leg or mix.
/// </summary>
public sealed class RecordingWriter : IDisposable
{
    /// <summary>Sample rate of recordings.</summary>
    public const int SampleRate = 8000;

    private const int MaxFrameSamples = 1024;

    private readonly WaveFileWriter _writer;
    private bool _disposed;

    private readonly int _channels = 1;

    /// <summary>Creates (or overwrites) the WAV file at <paramref name="path"/>, mono.</summary>
    public RecordingWriter(string path)
    {
        _writer = new WaveFileWriter(path, new WaveFormat(SampleRate, 16, 1));
    }

    /// <summary>Creates (or overwrites) a WAV with <paramref name="channels"/> channels (1 or 2; samples written interleaved: left, right, …).</summary>
    public RecordingWriter(string path, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        _channels = channels;
        _writer = new WaveFileWriter(path, new WaveFormat(SampleRate, 16, channels));
    }

    /// <summary>Writes into <paramref name="stream"/> (which the writer then owns and disposes).</summary>
    public RecordingWriter(Stream stream)
    {
        _writer = new WaveFileWriter(stream, new WaveFormat(SampleRate, 16, 1));
    }

    /// <summary>Samples written so far (all channels).</summary>
    public long SamplesWritten { get; private set; }

    /// <summary>Length recorded so far.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks(SamplesWritten / _channels * TimeSpan.TicksPerSecond / SampleRate);

    /// <summary>Appends PCM samples.</summary>
    public void Write(ReadOnlySpan<short> pcm)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (BitConverter.IsLittleEndian)
        {
            _writer.Write(MemoryMarshal.AsBytes(pcm));
        }
        else
        {
            Span<byte> bytes = stackalloc byte[2 * MaxFrameSamples];
            for (int offset = 0; offset < pcm.Length; offset += MaxFrameSamples)
            {
                ReadOnlySpan<short> chunk = pcm.Slice(offset, Math.Min(MaxFrameSamples, pcm.Length - offset));
                for (int i = 0; i < chunk.Length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(bytes[(2 * i)..], chunk[i]);
                }

                _writer.Write(bytes[..(2 * chunk.Length)]);
            }
        }

        SamplesWritten += pcm.Length;
    }

    /// <summary>Decodes an RTP payload with <paramref name="codec"/> and appends it.</summary>
    public void Write(ReadOnlySpan<byte> encoded, IAudioCodec codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        Span<short> pcm = stackalloc short[MaxFrameSamples];
        for (int offset = 0; offset < encoded.Length; offset += MaxFrameSamples)
        {
            ReadOnlySpan<byte> chunk = encoded.Slice(offset, Math.Min(MaxFrameSamples, encoded.Length - offset));
            int samples = codec.Decode(chunk, pcm);
            Write(pcm[..samples]);
        }
    }

    /// <summary>Flushes the data written so far and updates the header (the file stays open).</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
    }

    /// <summary>Finishes the WAV header and closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Dispose();
    }
}
