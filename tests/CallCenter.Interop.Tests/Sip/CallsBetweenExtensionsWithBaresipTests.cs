using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>
/// Two baresip softphones register as 1001 and 1002 (digest auth) with the real Portal and call each
/// other through its B2BUA: each records the other's tone (1001 speaks 600 Hz, 1002 1,000 Hz), RFC 4733
/// digits cross in order, and a hang-up on either side ends both legs.
/// </summary>
public sealed class CallsBetweenExtensionsWithBaresipTests : SipPortalTest
{
    private const string Password = "Interop-Pass-B2bua";
    private const double CallerHz = 600;
    private const double CalleeHz = 1000;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    // The shipped settings challenge with MD5 alone: baresip 1.0.0 (libre) fails a REGISTER outright when any challenge
    // is not MD5, so this test also guards that default.
    protected override string[] Settings => [$"DemoData:ExtensionPassword={Password}"];

    private async Task<(BaresipPhone Caller, BaresipPhone Callee)> RegisterBothAsync()
    {
        var caller = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: false, CallerHz);
        var callee = await BaresipPhone.StartAsync(Folder, "1002", Password, Udp, autoAnswer: true, CalleeHz);
        await Task.WhenAll(caller.WaitRegisteredAsync(Wait), callee.WaitRegisteredAsync(Wait));
        return (caller, callee);
    }

    [Fact]
    public async Task Extension_1001_calls_1002_both_hear_each_other_digits_cross_and_the_callers_hang_up_ends_both_legs()
    {
        var (caller, callee) = await RegisterBothAsync();
        await using (caller)
        await using (callee)
        {
            await caller.Control.CommandAsync("dial", $"sip:1002@{Udp.Address}:{Udp.Port}");
            await Task.WhenAll(caller.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait), callee.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait));
            // Media flows both ways: wait until each side has received RTP.
            await Task.WhenAll(caller.Control.WaitForEventAsync("CALL_RTPESTAB", Wait), callee.Control.WaitForEventAsync("CALL_RTPESTAB", Wait));

            foreach (var digit in "12#")
            {
                await caller.Control.CommandAsync("sndcode", digit.ToString());
                await callee.Control.WaitForEventAsync("CALL_DTMF_START", Wait, param: digit.ToString());
                await callee.Control.WaitForEventAsync("CALL_DTMF_END", Wait, after: callee.Control.Events.Count - 1);
            }
            Assert.Equal("12#", string.Concat(callee.Control.Events.Where(e => e.Type == "CALL_DTMF_START").Select(e => e.Param)));

            await caller.Control.CommandAsync("hangup");
            await callee.Control.WaitForEventAsync("CALL_CLOSED", Wait);
            await caller.Control.WaitForEventAsync("CALL_CLOSED", Wait);
            await Portal.WaitForOutputAsync("ended: the caller hung up", Wait);

            AssertHeard(caller, CalleeHz, CallerHz);
            AssertHeard(callee, CallerHz, CalleeHz);
        }
    }

    [Fact]
    public async Task When_the_callee_hangs_up_the_callers_call_closes()
    {
        var (caller, callee) = await RegisterBothAsync();
        await using (caller)
        await using (callee)
        {
            await caller.Control.CommandAsync("dial", $"sip:1002@{Udp.Address}:{Udp.Port}");
            await Task.WhenAll(caller.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait), callee.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait));
            await callee.Control.CommandAsync("hangup");
            await caller.Control.WaitForEventAsync("CALL_CLOSED", Wait);
            await Portal.WaitForOutputAsync("ended: the callee hung up", Wait);
        }
    }

    [Fact]
    public async Task Calling_an_extension_that_is_not_registered_fails_cleanly_with_480()
    {
        var caller = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: false, CallerHz);
        await using (caller)
        {
            await caller.WaitRegisteredAsync(Wait);
            await caller.Control.CommandAsync("dial", $"sip:1003@{Udp.Address}:{Udp.Port}");
            var closed = await caller.Control.WaitForEventAsync("CALL_CLOSED", Wait);
            Assert.Contains("480", closed.Param);
            Assert.DoesNotContain(caller.Control.Events, e => e.Type == "CALL_ESTABLISHED");
            await Portal.WaitForOutputAsync("extension 1003: not registered", Wait);
        }
    }

    // Each side's recording holds audio, and more of the other side's tone than of its own.
    private static void AssertHeard(BaresipPhone phone, double otherHz, double ownHz)
    {
        var path = phone.ReceivedRecording();
        Assert.True(path is not null, $"{phone.User} recorded nothing:\n{phone.Log}");
        var samples = TestWav.ReadSamples(path);
        Assert.True(samples.Length >= TestWav.Rate / 2, $"{phone.User}'s recording is {samples.Length} samples long");
        var rms = TestWav.Rms(samples);
        Assert.True(rms > 0.01, $"{phone.User} heard silence (RMS {rms:F4})");
        var other = TestWav.PowerAt(samples, otherHz);
        var own = TestWav.PowerAt(samples, ownHz);
        Assert.True(other > 10 * own, $"{phone.User} heard {otherHz} Hz at {other:E2} and its own {ownHz} Hz at {own:E2}");
    }
}
