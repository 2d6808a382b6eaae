using System.Buffers.Binary;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Portal.Components.Admin;

/// <summary>Writes a prompt's audio as a WAV file (8 kHz mono 16-bit PCM), for the browser to play and for saving spoken text as a prompt.</summary>
public static class PromptWav
{
    public static byte[] From(AudioPrompt prompt)
    {
        var samples = prompt.Samples[..prompt.SampleCount];
        var data = samples.Length * 2;
        var wav = new byte[44 + data];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], AudioPrompt.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], AudioPrompt.SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], data);
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], samples[i]);
        return wav;
    }
}
