using CallCenter.Telephony.Media.Mixing;

namespace CallCenter.Telephony.Tests.Media.Mixing;

/// <summary>The mixer's arithmetic and roles, ticked by hand with sources of known sample values.</summary>
public sealed class AudioMixerTests
{
    [Fact]
    public void Three_full_participants_each_hear_the_sum_of_the_other_two()
    {
        var mixer = new AudioMixer();
        var a = mixer.Add(new ConstantSource(100))!;
        var b = mixer.Add(new ConstantSource(200))!;
        var c = mixer.Add(new ConstantSource(-300))!;

        mixer.OnTick(1);

        Assert.Equal(-100, Heard(a));
        Assert.Equal(-200, Heard(b));
        Assert.Equal(300, Heard(c));
    }

    [Fact]
    public void Sums_beyond_16_bits_saturate_instead_of_wrapping()
    {
        var mixer = new AudioMixer();
        var loud = mixer.Add(new ConstantSource(30_000))!;
        var louder = mixer.Add(new ConstantSource(30_000))!;
        var listener = mixer.Add(new ConstantSource(0), ParticipantRole.Listen)!;
        var negative = new AudioMixer();
        var n1 = negative.Add(new ConstantSource(-30_000))!;
        negative.Add(new ConstantSource(-30_000));
        var n3 = negative.Add(new ConstantSource(-30_000))!;

        mixer.OnTick(1);
        negative.OnTick(1);

        Assert.Equal(short.MaxValue, Heard(listener));
        Assert.Equal(30_000, Heard(loud)); // its own 30,000 taken out of the 32-bit sum, not of the clipped one
        Assert.Equal(30_000, Heard(louder));
        Assert.Equal(short.MinValue, Heard(n1));
        Assert.Equal(short.MinValue, Heard(n3));
    }

    [Fact]
    public void A_listener_hears_everyone_and_nobody_hears_it_and_its_input_is_not_read()
    {
        var mixer = new AudioMixer();
        var caller = mixer.Add(new ConstantSource(100))!;
        var agent = mixer.Add(new ConstantSource(200))!;
        var supervisorVoice = new ConstantSource(1_000);
        var supervisor = mixer.Add(supervisorVoice, ParticipantRole.Listen)!;

        mixer.OnTick(1);

        Assert.Equal(200, Heard(caller));
        Assert.Equal(100, Heard(agent));
        Assert.Equal(300, Heard(supervisor));
        Assert.Equal(0, supervisorVoice.Reads);
    }

    [Fact]
    public void A_whisper_is_heard_by_its_target_only_and_the_whisperer_hears_both_parties()
    {
        var mixer = new AudioMixer();
        var caller = mixer.Add(new ConstantSource(100))!;
        var agent = mixer.Add(new ConstantSource(200))!;
        var supervisor = mixer.Add(new ConstantSource(1_000), ParticipantRole.Whisper, agent)!;
        var other = mixer.Add(new ConstantSource(7), ParticipantRole.Listen)!;

        mixer.OnTick(1);

        Assert.Equal(200, Heard(caller));
        Assert.Equal(1_100, Heard(agent));
        Assert.Equal(300, Heard(supervisor));
        Assert.Equal(300, Heard(other));
        Assert.Same(agent, supervisor.WhisperTarget);
    }

    [Fact]
    public void Two_whisperers_to_one_target_are_both_heard_by_it()
    {
        var mixer = new AudioMixer();
        var caller = mixer.Add(new ConstantSource(100))!;
        var agent = mixer.Add(new ConstantSource(200))!;
        mixer.Add(new ConstantSource(1_000), ParticipantRole.Whisper, agent);
        mixer.Add(new ConstantSource(2_000), ParticipantRole.Whisper, agent);

        mixer.OnTick(1);

        Assert.Equal(3_100, Heard(agent));
        Assert.Equal(200, Heard(caller));
    }

    [Fact]
    public void A_muted_participant_hears_everyone_and_is_not_heard()
    {
        var mixer = new AudioMixer();
        var a = mixer.Add(new ConstantSource(100))!;
        var b = mixer.Add(new ConstantSource(200))!;
        var muted = mixer.Add(new ConstantSource(5_000), ParticipantRole.Muted)!;

        mixer.OnTick(1);

        Assert.Equal((200, 100, 300), (Heard(a), Heard(b), Heard(muted)));
    }

    [Fact]
    public void Roles_switch_live_from_monitor_to_whisper_to_barge_and_back_to_muted()
    {
        var mixer = new AudioMixer();
        var caller = mixer.Add(new ConstantSource(100))!;
        var agent = mixer.Add(new ConstantSource(200))!;
        var supervisor = mixer.Add(new ConstantSource(1_000), ParticipantRole.Listen)!;

        mixer.OnTick(1);
        Assert.Equal((200, 100, 300), (Heard(caller), Heard(agent), Heard(supervisor)));

        mixer.SetRole(supervisor, ParticipantRole.Whisper, agent);
        mixer.OnTick(2);
        Assert.Equal((200, 1_100, 300), (Heard(caller), Heard(agent), Heard(supervisor)));

        mixer.SetRole(supervisor, ParticipantRole.Full);
        mixer.OnTick(3);
        Assert.Equal((1_200, 1_100, 300), (Heard(caller), Heard(agent), Heard(supervisor)));
        Assert.Null(supervisor.WhisperTarget);

        mixer.SetRole(caller, ParticipantRole.Muted);
        mixer.OnTick(4);
        Assert.Equal((1_200, 1_000, 200), (Heard(caller), Heard(agent), Heard(supervisor)));
    }

    [Fact]
    public void A_whisper_needs_a_target_in_the_same_mixer_other_than_itself()
    {
        var mixer = new AudioMixer();
        var agent = mixer.Add(new ConstantSource(1))!;
        var elsewhere = new AudioMixer().Add(new ConstantSource(1))!;

        Assert.Throws<ArgumentException>(() => mixer.Add(new ConstantSource(1), ParticipantRole.Whisper));
        Assert.Throws<ArgumentException>(() => mixer.Add(new ConstantSource(1), ParticipantRole.Whisper, elsewhere));
        Assert.Throws<ArgumentException>(() => mixer.SetRole(agent, ParticipantRole.Whisper, agent));
        Assert.Throws<ArgumentException>(() => mixer.SetRole(elsewhere, ParticipantRole.Listen));
    }

    [Fact]
    public void Sixty_participants_each_hear_the_other_fifty_nine_and_a_sixty_first_is_refused()
    {
        var mixer = new AudioMixer(maxParticipants: 60);
        var participants = new MixerParticipant[60];
        int total = 0;
        for (int i = 0; i < 60; i++)
        {
            participants[i] = mixer.Add(new ConstantSource((short)(i + 1)))!;
            total += i + 1;
        }

        Assert.Null(mixer.Add(new ConstantSource(1)));
        mixer.OnTick(1);

        for (int i = 0; i < 60; i++) Assert.Equal(total - (i + 1), Heard(participants[i]));
        Assert.Equal(60, mixer.Count);
    }

    [Fact]
    public void The_cap_is_configurable()
    {
        var mixer = new AudioMixer(maxParticipants: 2);
        Assert.NotNull(mixer.Add(new ConstantSource(1)));
        Assert.NotNull(mixer.Add(new ConstantSource(1)));
        Assert.Null(mixer.Add(new ConstantSource(1)));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 })]
    [InlineData(new[] { 3, 2, 1, 0 })]
    [InlineData(new[] { 2, 0, 2, 3, 1, 0 })]
    public void Each_input_is_read_once_per_tick_whatever_order_and_how_often_the_outputs_are_read(int[] readOrder)
    {
        var mixer = new AudioMixer();
        short[] starts = [0, 100, 1_000, 10_000];
        var inputs = starts.Select(s => new CountingSource(s)).ToArray();
        var participants = inputs.Select(i => mixer.Add(i)!).ToArray();

        for (int tick = 0; tick < 5; tick++)
        {
            mixer.OnTick(tick);
            var heard = new int?[participants.Length];
            foreach (int index in readOrder)
            {
                int value = Heard(participants[index]);
                Assert.True(heard[index] is null || heard[index] == value, "a second read in a tick gives the same mix");
                heard[index] = value;
            }

            // Each input said (start + tick) this tick; participant i hears the others' values.
            int all = starts.Sum(s => s + tick);
            foreach (int index in readOrder) Assert.Equal(all - (starts[index] + tick), heard[index]);
        }

        Assert.All(inputs, i => Assert.Equal(5, i.Reads));
    }

    [Fact]
    public void A_participant_who_leaves_mid_call_is_no_longer_heard_and_hears_nothing_and_its_whisperer_becomes_a_listener()
    {
        var mixer = new AudioMixer();
        var caller = mixer.Add(new ConstantSource(100))!;
        var agent = mixer.Add(new ConstantSource(200))!;
        var third = mixer.Add(new ConstantSource(400))!;
        var supervisor = mixer.Add(new ConstantSource(1_000), ParticipantRole.Whisper, agent)!;
        mixer.OnTick(1);
        Assert.Equal(600, Heard(caller));

        Assert.True(mixer.Remove(agent));
        Assert.False(mixer.Remove(agent));
        mixer.OnTick(2);

        Assert.Equal(400, Heard(caller));
        Assert.Equal(100, Heard(third));
        Assert.False(agent.Read(new short[160]));
        Assert.False(agent.IsInMix);
        Assert.Equal(ParticipantRole.Listen, supervisor.Role);
        Assert.Equal(500, Heard(supervisor));
        Assert.Equal(3, mixer.Count);
    }

    [Fact]
    public void With_nobody_else_speaking_a_participant_gets_nothing_to_send()
    {
        var mixer = new AudioMixer();
        var alone = mixer.Add(new ConstantSource(100))!;
        var silent = mixer.Add(new ConstantSource(300, speaking: false))!;
        mixer.OnTick(1);

        Assert.False(alone.Read(new short[160]));
        Assert.Equal(100, Heard(silent));
        Assert.True(alone.IsTalking);
        Assert.False(silent.IsTalking);
    }

    [Fact]
    public void A_tap_sees_the_whole_conference_without_whispers()
    {
        var mixer = new AudioMixer();
        var agent = mixer.Add(new ConstantSource(200))!;
        mixer.Add(new ConstantSource(100));
        mixer.Add(new ConstantSource(1_000), ParticipantRole.Whisper, agent);
        var tap = new LastFrameTap();
        mixer.AddTap(tap);

        mixer.OnTick(7);

        Assert.Equal((7L, 300, 0), (tap.Tick, tap.Received, tap.SentLength));
        Assert.True(mixer.RemoveTap(tap));
        Assert.False(mixer.RemoveTap(tap));
    }

    [Fact]
    public void A_mix_tick_allocates_nothing()
    {
        var mixer = new AudioMixer();
        var agent = mixer.Add(new ConstantSource(1))!;
        for (int i = 0; i < 58; i++) mixer.Add(new ConstantSource((short)i));
        mixer.Add(new ConstantSource(5), ParticipantRole.Whisper, agent);
        mixer.AddTap(new LastFrameTap());
        var frame = new short[160];
        mixer.OnTick(0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int tick = 1; tick <= 1_000; tick++)
        {
            mixer.OnTick(tick);
            agent.Read(frame);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static int Heard(MixerParticipant participant)
    {
        var frame = new short[160];
        Assert.True(participant.Read(frame), "the participant has something to hear");
        Assert.All(frame, s => Assert.Equal(frame[0], s));
        return frame[0];
    }

    private sealed class LastFrameTap : CallCenter.Telephony.Media.IAudioFrameTap
    {
        public long Tick { get; private set; }
        public int Received { get; private set; }
        public int SentLength { get; private set; }

        public void OnFrames(long tick, ReadOnlySpan<short> received, ReadOnlySpan<short> sent)
        {
            Tick = tick;
            Received = received.IsEmpty ? 0 : received[0];
            SentLength = sent.Length;
        }
    }
}
