namespace CallCenter.Telephony.Media.Tones;

/// <summary>
/// Produces 8 kHz 16-bit PCM for a <see cref="ToneDefinition"/>, frame after frame, keeping the
/// oscillator phase and the cadence position across calls so frames join without clicks.
/// One instance per playing leg; allocation-free per frame.
/// </summary>
public sealed class ToneGenerator
{
    /// <summary>Sample rate of the generated PCM.</summary>
    public const int SampleRate = 8000;

    private const double TwoPi = 2 * Math.PI;

    private readonly ToneDefinition _tone;
    private readonly double _step1;
    private readonly double _step2;
    private readonly long _onSamples;
    private readonly long _cycleSamples;
    private readonly double _scale;
    private double _phase1;
    private double _phase2;
    private long _position;

    /// <summary>Creates a generator for any tone definition.</summary>
    public ToneGenerator(ToneDefinition tone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tone.OnMilliseconds);
        ArgumentOutOfRangeException.ThrowIfNegative(tone.OffMilliseconds);
        _tone = tone;
        _step1 = TwoPi * tone.Frequency1 / SampleRate;
        _step2 = TwoPi * tone.Frequency2 / SampleRate;
        _onSamples = (long)tone.OnMilliseconds * SampleRate / 1000;
        _cycleSamples = _onSamples + ((long)tone.OffMilliseconds * SampleRate / 1000);
        _scale = Math.Clamp(tone.Amplitude, 0, 1) * short.MaxValue;
    }

    /// <summary>Creates a generator for a national ringback or busy tone.</summary>
    public ToneGenerator(ToneScheme scheme, CallProgressTone tone)
        : this(ToneDefinition.For(scheme, tone))
    {
    }

    /// <summary>The tone being generated.</summary>
    public ToneDefinition Tone => _tone;

    /// <summary>Samples produced since creation or the last <see cref="Reset"/>.</summary>
    public long Position => _position;

    /// <summary>Fills <paramref name="frame"/> (typically 160 samples = 20 ms) with the next samples.</summary>
    public void Fill(Span<short> frame)
    {
        bool continuous = _tone.OffMilliseconds == 0 || _cycleSamples == 0;
        bool dual = _tone.Frequency2 > 0;
        for (int i = 0; i < frame.Length; i++)
        {
            bool on = continuous || (_position % _cycleSamples) < _onSamples;
            if (on)
            {
                double value = Math.Sin(_phase1);
                if (dual)
                {
                    value += Math.Sin(_phase2);
                }

                frame[i] = (short)Math.Clamp(value * _scale, short.MinValue, short.MaxValue);
            }
            else
            {
                frame[i] = 0;
            }

            // Phases advance during silence too, so every on-period starts where the clock says.
            _phase1 += _step1;
            if (_phase1 >= TwoPi)
            {
                _phase1 -= TwoPi;
            }

            _phase2 += _step2;
            if (_phase2 >= TwoPi)
            {
                _phase2 -= TwoPi;
            }

            _position++;
        }
    }

    /// <summary>Restarts the cadence and phase from the beginning of an on-period.</summary>
    public void Reset()
    {
        _phase1 = 0;
        _phase2 = 0;
        _position = 0;
    }
}
