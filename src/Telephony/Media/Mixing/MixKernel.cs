using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CallCenter.Telephony.Media.Mixing;

/// <summary>
/// The arithmetic of a mix tick on 16-bit PCM frames with 32-bit accumulators, SIMD where the hardware has it
/// (<see cref="Vector{T}"/>: 16 samples a step with AVX2), scalar for what is left. Allocation-free.
/// </summary>
internal static class MixKernel
{
    /// <summary><paramref name="sum"/> += <paramref name="samples"/>.</summary>
    public static void Add(Span<int> sum, ReadOnlySpan<short> samples)
    {
        int n = Math.Min(sum.Length, samples.Length);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int step = Vector<short>.Count;
            int half = Vector<int>.Count;
            ref int s = ref MemoryMarshal.GetReference(sum);
            ref short x = ref MemoryMarshal.GetReference(samples);
            for (; i <= n - step; i += step)
            {
                Vector.Widen(Vector.LoadUnsafe(ref x, (nuint)i), out Vector<int> low, out Vector<int> high);
                (Vector.LoadUnsafe(ref s, (nuint)i) + low).StoreUnsafe(ref s, (nuint)i);
                (Vector.LoadUnsafe(ref s, (nuint)(i + half)) + high).StoreUnsafe(ref s, (nuint)(i + half));
            }
        }

        for (; i < n; i++) sum[i] += samples[i];
    }

    /// <summary><paramref name="target"/> = <paramref name="samples"/> widened to 32 bits.</summary>
    public static void Set(Span<int> target, ReadOnlySpan<short> samples)
    {
        int n = Math.Min(target.Length, samples.Length);
        for (int i = 0; i < n; i++) target[i] = samples[i];
    }

    /// <summary>
    /// <paramref name="output"/> = saturate16(<paramref name="sum"/> − <paramref name="own"/> + <paramref name="extra"/>);
    /// an empty <paramref name="own"/> or <paramref name="extra"/> is left out. This is one participant's mix-minus.
    /// </summary>
    public static void MixMinus(ReadOnlySpan<int> sum, ReadOnlySpan<short> own, ReadOnlySpan<int> extra, Span<short> output)
    {
        int n = Math.Min(sum.Length, output.Length);
        bool hasOwn = !own.IsEmpty;
        bool hasExtra = !extra.IsEmpty;
        if ((hasOwn && own.Length < n) || (hasExtra && extra.Length < n)) throw new ArgumentException("Frames of different lengths.");
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int step = Vector<short>.Count;
            int half = Vector<int>.Count;
            var min = new Vector<int>(short.MinValue);
            var max = new Vector<int>(short.MaxValue);
            ref int s = ref MemoryMarshal.GetReference(sum);
            ref short o = ref MemoryMarshal.GetReference(own);
            ref int e = ref MemoryMarshal.GetReference(extra);
            ref short d = ref MemoryMarshal.GetReference(output);
            for (; i <= n - step; i += step)
            {
                var low = Vector.LoadUnsafe(ref s, (nuint)i);
                var high = Vector.LoadUnsafe(ref s, (nuint)(i + half));
                if (hasOwn)
                {
                    Vector.Widen(Vector.LoadUnsafe(ref o, (nuint)i), out Vector<int> ownLow, out Vector<int> ownHigh);
                    low -= ownLow;
                    high -= ownHigh;
                }

                if (hasExtra)
                {
                    low += Vector.LoadUnsafe(ref e, (nuint)i);
                    high += Vector.LoadUnsafe(ref e, (nuint)(i + half));
                }

                Vector.Narrow(Vector.Min(Vector.Max(low, min), max), Vector.Min(Vector.Max(high, min), max)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            int value = sum[i];
            if (hasOwn) value -= own[i];
            if (hasExtra) value += extra[i];
            output[i] = Saturate(value);
        }
    }

    /// <summary>Clips a 32-bit sum to the 16-bit range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Saturate(int value) => (short)Math.Clamp(value, short.MinValue, short.MaxValue);
}
