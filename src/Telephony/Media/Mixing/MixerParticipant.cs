namespace CallCenter.Telephony.Media.Mixing;

/// <summary>
/// One participant of an <see cref="AudioMixer"/>: its <see cref="Input"/> (what it says: a call leg's received
/// audio) and, as an <see cref="IAudioSource"/>, what it hears — its own mix-minus for the latest tick (everyone who
/// speaks to it, never itself). Set it as the participant's leg's source. Reading does not consume anything:
/// the mixer reads every input once per tick, so the outputs can be read in any order, any number of times.
/// </summary>
public sealed class MixerParticipant : IAudioSource
{
    internal MixerParticipant(AudioMixer mixer, IAudioSource input, int frameSamples, ParticipantRole role, MixerParticipant? whisperTarget)
    {
        Mixer = mixer;
        Input = input;
        InputFrame = new short[frameSamples];
        WhisperSum = new int[frameSamples];
        Output = new short[frameSamples];
        RoleValue = role;
        TargetValue = whisperTarget;
    }

    /// <summary>The mixer this participant belongs (or belonged) to.</summary>
    public AudioMixer Mixer { get; }

    /// <summary>What this participant says, read once per tick while its role speaks (<see cref="ParticipantRole.Full"/>, <see cref="ParticipantRole.Whisper"/>).</summary>
    public IAudioSource Input { get; }

    /// <summary>The current role (changed through <see cref="AudioMixer.SetRole"/>).</summary>
    public ParticipantRole Role => RoleValue;

    /// <summary>Who hears this participant while it whispers; null in other roles.</summary>
    public MixerParticipant? WhisperTarget => TargetValue;

    /// <summary>Whether the input gave audio on the latest tick (an active speaker).</summary>
    public bool IsTalking => Talking;

    /// <summary>False once removed from the mixer (its output is then silent).</summary>
    public bool IsInMix => Index >= 0;

    // The mixer's state, touched under its lock on the clock thread; plain fields keep the tick cheap.
    internal ParticipantRole RoleValue;
    internal MixerParticipant? TargetValue;
    internal int Index = -1;
    internal readonly short[] InputFrame;
    internal readonly int[] WhisperSum;
    internal readonly short[] Output;
    internal bool Talking;
    internal bool HasWhisper;
    internal bool HasOutput;

    /// <summary>Copies what this participant hears on the latest tick; false when nobody spoke to it (nothing to send).</summary>
    public bool Read(Span<short> frame)
    {
        if (!HasOutput || Index < 0) return false;
        int length = Math.Min(frame.Length, Output.Length);
        Output.AsSpan(0, length).CopyTo(frame);
        frame[length..].Clear();
        return true;
    }
}
