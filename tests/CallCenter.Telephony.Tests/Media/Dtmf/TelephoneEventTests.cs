using CallCenter.Telephony.Media.Dtmf;

namespace CallCenter.Telephony.Tests.Media.Dtmf;

public class TelephoneEventTests
{
    [Fact]
    public void Payload_layout_matches_RFC_4733_figure_1()
    {
        byte[] payload = new byte[4];
        new TelephoneEvent(Event: 11, End: true, Volume: 10, Duration: 800).Write(payload);

        Assert.Equal(new byte[] { 11, 0x8A, 0x03, 0x20 }, payload);
        Assert.True(TelephoneEvent.TryRead(payload, out TelephoneEvent read));
        Assert.Equal(new TelephoneEvent(11, true, 10, 800), read);
    }

    [Fact]
    public void Reserved_bit_is_ignored_and_short_payloads_refused()
    {
        Assert.True(TelephoneEvent.TryRead([5, 0x40 | 7, 0, 160], out TelephoneEvent read));
        Assert.Equal(new TelephoneEvent(5, false, 7, 160), read);
        Assert.False(TelephoneEvent.TryRead([5, 0, 0], out _));
    }

    [Theory]
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    [InlineData('*', 10)]
    [InlineData('#', 11)]
    [InlineData('A', 12)]
    [InlineData('d', 15)]
    public void Digits_map_to_event_codes_and_back(char digit, int code)
    {
        Assert.True(DtmfEvents.TryGetEventCode(digit, out byte eventCode));
        Assert.Equal(code, eventCode);
        Assert.True(DtmfEvents.TryGetDigit(code, out char back));
        Assert.Equal(char.ToUpperInvariant(digit), back);
    }

    [Fact]
    public void Non_DTMF_characters_and_codes_have_no_mapping()
    {
        Assert.False(DtmfEvents.TryGetEventCode('E', out _));
        Assert.False(DtmfEvents.TryGetDigit(16, out _));
    }
}
