using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// ICallSession over the real SIP stack on loopback: a test phone calls a service number, the handler's
/// script drives the call through the session API, and the test checks what the phone gets on the wire,
/// what the script got back, and the call record.
/// </summary>
public sealed class CallSessionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    // Ten seconds of a loud square wave: long enough that only barge-in or a hang-up ends it.
    private static AudioPrompt LongPrompt() =>
        new(Enumerable.Range(0, 80_000).Select(i => (short)(i / 20 % 2 == 0 ? 8000 : -8000)).ToArray(), "long");

    private static string DtmfInfo(char digit) => $"Signal={digit}\r\nDuration=160\r\n";

    [Fact]
    public async Task A_service_call_rings_until_answered_then_a_digit_barges_in_on_the_prompt_and_typed_ahead_digits_are_collected()
    {
        var results = new TaskCompletionSource<(PlayOutcome Play, DigitCollectionResult Digits)>();
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            await call.AnswerAsync(ct);
            var play = await call.PlayAsync([LongPrompt()], bargeIn: true, ct);
            var digits = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 4, Terminators = "#" }, ct);
            results.SetResult((play, digits));
            await call.HangUpAsync("menu done", ct: ct);
        });
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13800138000");

        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ringing = await phone.ResponseAsync(r => r.StatusCode == 180);
        var ok = await phone.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal(ringing.To!.Tag, ok.To!.Tag);
        await phone.SendAsync(phone.Ack(ok.To.Tag!));
        var session = await handler.NextSessionAsync();
        Assert.Equal(("13800138000", ScriptedCallHandler.Number, CallDirection.Inbound), (session.Caller, session.Called, session.Direction));
        Assert.Contains(session, new SipTelephony(server.Sessions, server.Location).Calls);

        var audio = await phone.ReceiveRtpAsync();
        Assert.Equal(0, audio.PayloadType);
        // "7" stops the prompt and stays for the collection; "3", "#" follow by SIP INFO.
        foreach (var digit in "73#")
            await phone.SendAsync(phone.InDialog(SipMethods.Info, ScriptedCallHandler.Number, ok.To.Tag!, "application/dtmf-relay", DtmfInfo(digit)));

        var (play, collected) = await results.Task.WaitAsync(Wait);
        Assert.Equal(PlayOutcome.Interrupted, play);
        Assert.Equal(("73", DigitCollectionEnd.Terminator, (char?)'#'), (collected.Digits, collected.End, collected.Terminator));
        var bye = await phone.RequestAsync(SipMethods.Bye);
        await phone.RespondAsync(bye, 200);
        await handler.ScriptFinishedAsync();
        var record = await server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal((HangupSide.Server, "menu done"), (record.HangupBy, record.Cause));
        Assert.Equal(new HangupInfo(HangupSide.Server, "menu done"), session.Hangup);
        Assert.Empty(new SipTelephony(server.Sessions, server.Location).Calls);
        server.AssertAllReleased();
    }

    [Fact]
    public async Task A_caller_hanging_up_mid_menu_ends_the_collection_raises_HungUp_and_frees_the_ports()
    {
        var collecting = new TaskCompletionSource();
        var collected = new TaskCompletionSource<DigitCollectionResult>();
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            var task = call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 1 }, CancellationToken.None);
            collecting.SetResult();
            collected.SetResult(await task);
        });
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13900139000");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp()));
        var session = await handler.NextSessionAsync();
        var hungUp = new TaskCompletionSource<HangupInfo>();
        session.HungUp += (_, info) => hungUp.TrySetResult(info);
        var ok = await phone.FinalResponseAsync();
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        await collecting.Task.WaitAsync(Wait);

        await phone.SendAsync(phone.InDialog(SipMethods.Bye, ScriptedCallHandler.Number, ok.To.Tag!));

        Assert.Equal(200, (await phone.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        Assert.Equal(DigitCollectionEnd.Cancelled, (await collected.Task.WaitAsync(Wait)).End);
        Assert.Equal(HangupSide.Caller, (await hungUp.Task.WaitAsync(Wait)).Side);
        Assert.True(session.Ended.IsCancellationRequested);
        Assert.Equal(CallSessionState.Ended, session.State);
        await handler.ScriptFinishedAsync();
        var record = await server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal(HangupSide.Caller, record.HangupBy);
        Assert.NotNull(record.AnsweredAt);
        server.AssertAllReleased();
    }

    [Fact]
    public async Task A_caller_who_cancels_while_it_rings_gets_487_and_the_script_sees_the_hang_up()
    {
        var handler = new ScriptedCallHandler(async (call, ct) => await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { }));
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13700137000");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp()));
        await phone.ResponseAsync(r => r.StatusCode == 180);
        var session = await handler.NextSessionAsync();

        await phone.SendAsync(phone.Cancel());

        Assert.Equal(487, (await phone.FinalResponseAsync()).StatusCode);
        await handler.ScriptFinishedAsync();
        Assert.Equal(new HangupInfo(HangupSide.Caller, "the caller cancelled", 487), session.Hangup);
        var record = await server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal((HangupSide.Caller, 487, (DateTimeOffset?)null), (record.HangupBy, record.StatusCode, record.AnsweredAt));
        server.AssertAllReleased();
    }

    [Fact]
    public async Task A_script_can_refuse_a_ringing_call_with_its_own_code_and_cause()
    {
        var handler = new ScriptedCallHandler((call, ct) => call.HangUpAsync("blacklisted", 486, ct));
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13600136000");

        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp()));

        Assert.Equal(486, (await phone.FinalResponseAsync()).StatusCode);
        await handler.ScriptFinishedAsync();
        var record = await server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal((HangupSide.Server, "blacklisted", 486), (record.HangupBy, record.Cause, record.StatusCode));
        server.AssertAllReleased();
    }

    [Fact]
    public async Task A_recording_keeps_what_the_caller_said_until_the_stop_digit_which_is_not_left_for_the_next_menu()
    {
        var folder = Directory.CreateTempSubdirectory("callsession-rec-");
        var path = Path.Combine(folder.FullName, "message.wav");
        var results = new TaskCompletionSource<(RecordingResult Recording, DigitCollectionResult After)>();
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            var recording = await call.RecordAsync(new RecordingOptions { ReceivedPath = path, StopDigit = '#', MaxDuration = TimeSpan.FromSeconds(30) }, ct);
            var after = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 1, Terminators = "" }, ct);
            results.SetResult((recording, after));
        });
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13500135000");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        var media = SipTestPeer.MediaOf(ok.Body);

        // Half a second of loud PCMU (0x10 is a large negative sample), paced every 20 ms as a phone sends it.
        using (var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(20)))
        {
            for (var i = 0; i < 25 && await pace.WaitForNextTickAsync(); i++)
                await phone.SendRtpAsync(media, 0, 0x10, sequence: (ushort)i, timestamp: (uint)(i * 160));
        }
        await phone.SendAsync(phone.InDialog(SipMethods.Info, ScriptedCallHandler.Number, ok.To.Tag!, "application/dtmf-relay", DtmfInfo('#')));
        await phone.SendAsync(phone.InDialog(SipMethods.Info, ScriptedCallHandler.Number, ok.To.Tag!, "application/dtmf-relay", DtmfInfo('2')));

        var (recording, after) = await results.Task.WaitAsync(Wait);
        Assert.Equal(RecordingStopReason.Digit, recording.Reason);
        Assert.Equal("2", after.Digits);
        Assert.True(File.Exists(path));
        var loaded = PromptLoader.Load(path);
        Assert.True(loaded.Success, loaded.Message);
        var prompt = loaded.Prompt!;
        var loudFrames = Enumerable.Range(0, prompt.FrameCount).Count(f => SilenceDetector.Level(prompt.GetFrame(f)) > 4000);
        Assert.True(loudFrames >= 10, $"{loudFrames} loud frames of {prompt.FrameCount} recorded");
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_digit_by_INFO_then_a_prompt_records_one_digit_to_prompt_sample_from_the_digit_to_the_prompts_first_packet()
    {
        var played = new TaskCompletionSource<PlayOutcome>();
        var firstPlayed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            await call.AnswerAsync(ct);
            // A prompt before any digit is not measured.
            await call.PlayAsync([new AudioPrompt(new short[800], "before")], bargeIn: false, ct);
            firstPlayed.SetResult();
            var digits = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 1, Terminators = "" }, ct);
            Assert.Equal("5", digits.Digits);
            played.SetResult(await call.PlayAsync([LongPrompt()], bargeIn: false, ct));
        });
        await using var server = new B2buaServerFixture(handler);
        var histogram = server.Clock.DigitToPrompt;
        using var phone = server.Phone("13700137000");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        await handler.NextSessionAsync();
        await firstPlayed.Task.WaitAsync(Wait);
        Assert.Equal(0, histogram.Count);

        var sent = System.Diagnostics.Stopwatch.GetTimestamp();
        await phone.SendAsync(phone.InDialog(SipMethods.Info, ScriptedCallHandler.Number, ok.To.Tag!, "application/dtmf-relay", DtmfInfo('5')));
        var deadline = DateTime.UtcNow + Wait;
        while (histogram.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
        var bound = System.Diagnostics.Stopwatch.GetElapsedTime(sent);

        Assert.Equal(1, histogram.Count);
        // Within one clock tick plus scheduling on a loaded machine, and never more than the time the test waited.
        Assert.True(histogram.Max > TimeSpan.Zero && histogram.Max <= bound, $"digit to prompt {histogram.Max.TotalMilliseconds} ms (waited {bound.TotalMilliseconds} ms)");
        Assert.True(histogram.Max < TimeSpan.FromSeconds(1), $"digit to prompt {histogram.Max.TotalMilliseconds} ms");
        Assert.Equal(histogram.Max.TotalMilliseconds, histogram.Percentile(50).TotalMilliseconds, 0.1);
        await Task.Delay(100);
        Assert.Equal(1, histogram.Count); // later frames of the same prompt are not samples
        histogram.Reset();
        Assert.Equal(0, histogram.Count);
        Assert.False(played.Task.IsCompleted);
        await phone.SendAsync(phone.InDialog(SipMethods.Bye, ScriptedCallHandler.Number, ok.To.Tag!));
        Assert.Equal(PlayOutcome.HungUp, await played.Task.WaitAsync(Wait));
    }

    [Fact]
    public async Task An_RFC_4733_digit_is_one_digit_to_prompt_sample_however_many_packets_its_event_has()
    {
        var secondPrompt = new TaskCompletionSource();
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            var digits = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 1, Terminators = "" }, ct);
            Assert.Equal("5", digits.Digits);
            await call.PlayAsync([new AudioPrompt(new short[1600], "short")], bargeIn: false, ct);
            secondPrompt.SetResult();
            await call.PlayAsync([LongPrompt()], bargeIn: false, ct);
        });
        await using var server = new B2buaServerFixture(handler);
        var histogram = server.Clock.DigitToPrompt;
        using var phone = server.Phone("13700137001");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        var media = SipTestPeer.MediaOf(ok.Body);
        await handler.NextSessionAsync();

        // Telephone-event packets (PT 101) of one event (same RTP timestamp): event 5, not ended.
        await phone.SendRtpAsync(media, 101, 0x05, sequence: 1, timestamp: 8000);
        var deadline = DateTime.UtcNow + Wait;
        while (histogram.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(1, histogram.Count);
        Assert.True(histogram.Max < TimeSpan.FromSeconds(1), $"digit to prompt {histogram.Max.TotalMilliseconds} ms");
        // Later packets of the same event are not a new digit: the next prompt is not measured.
        await phone.SendRtpAsync(media, 101, 0x05, sequence: 2, timestamp: 8000);
        await phone.SendRtpAsync(media, 101, 0x05, sequence: 3, timestamp: 8000);
        await secondPrompt.Task.WaitAsync(Wait);
        await Task.Delay(200);
        Assert.Equal(1, histogram.Count);
        await phone.SendAsync(phone.InDialog(SipMethods.Bye, ScriptedCallHandler.Number, ok.To.Tag!));
    }
}
