using CallCenter.Telephony.Media.Dtmf;

namespace CallCenter.Telephony.Media.Tones;

/// <summary>
/// A tone of one or two frequencies with an on/off cadence (<see cref="OffMilliseconds"/> 0 =
/// continuous). Amplitudes are per frequency, as a fraction of full scale.
/// </summary>
public readonly record struct ToneDefinition(
    double Frequency1,
    double Frequency2,
    double Amplitude,
    int OnMilliseconds,
    int OffMilliseconds)
{
    private const double SingleAmplitude = 0.25;  // about -10 dBm0 for a single tone
    private const double DualAmplitude = 0.18;    // each component of a dual tone

    /// <summary>The ringback or busy tone of a national scheme.</summary>
    public static ToneDefinition For(ToneScheme scheme, CallProgressTone tone) => (scheme, tone) switch
    {
        (ToneScheme.China, CallProgressTone.Ringback) => new(450, 0, SingleAmplitude, 1000, 4000),
        (ToneScheme.China, CallProgressTone.Busy) => new(450, 0, SingleAmplitude, 350, 350),
        (ToneScheme.NorthAmerica, CallProgressTone.Ringback) => new(440, 480, DualAmplitude, 2000, 4000),
        (ToneScheme.NorthAmerica, CallProgressTone.Busy) => new(480, 620, DualAmplitude, 500, 500),
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, "Unknown scheme or tone."),
    };

    /// <summary>
    /// The in-band DTMF dual tone of ITU-T Q.23 for a digit, played continuously (the caller stops it);
    /// false for a character that is not a DTMF digit.
    /// </summary>
    public static bool TryForDtmf(char digit, out ToneDefinition definition)
    {
        definition = default;
        if (!DtmfEvents.TryGetEventCode(digit, out _))
        {
            return false;
        }

        char upper = char.ToUpperInvariant(digit);
        int row;
        int column;
        switch (upper)
        {
            case '1': row = 0; column = 0; break;
            case '2': row = 0; column = 1; break;
            case '3': row = 0; column = 2; break;
            case 'A': row = 0; column = 3; break;
            case '4': row = 1; column = 0; break;
            case '5': row = 1; column = 1; break;
            case '6': row = 1; column = 2; break;
            case 'B': row = 1; column = 3; break;
            case '7': row = 2; column = 0; break;
            case '8': row = 2; column = 1; break;
            case '9': row = 2; column = 2; break;
            case 'C': row = 2; column = 3; break;
            case '*': row = 3; column = 0; break;
            case '0': row = 3; column = 1; break;
            case '#': row = 3; column = 2; break;
            default: row = 3; column = 3; break; // 'D' (code was validated above)
        }

        definition = new ToneDefinition(RowFrequency(row), ColumnFrequency(column), DualAmplitude, 0, 0);
        return true;
    }

    private static double RowFrequency(int row) => row switch { 0 => 697, 1 => 770, 2 => 852, _ => 941 };

    private static double ColumnFrequency(int column) => column switch { 0 => 1209, 1 => 1336, 2 => 1477, _ => 1633 };
}
