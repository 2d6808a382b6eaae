namespace CallCenter.Telephony.Media.Tones;

/// <summary>National call-progress tone plan.</summary>
public enum ToneScheme
{
    /// <summary>China (GB/T 3380 / YD/T 1521 style): 450 Hz single tone.</summary>
    China,

    /// <summary>North America (ANSI T1.401 precise tones): dual tones.</summary>
    NorthAmerica,
}
