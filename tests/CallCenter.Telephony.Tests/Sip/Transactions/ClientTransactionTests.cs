using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Tests.Sip.Transactions;

public sealed class ClientTransactionTests
{
    private readonly TransactionHarness _h = new();

    [Fact]
    public void A_non_INVITE_request_over_UDP_is_retransmitted_at_T1_doubling_to_T2()
    {
        var start = _h.Time.GetUtcNow();
        _h.Layer.Send(TransactionHarness.Outgoing("OPTIONS", "z9hG4bK-o1"), TransactionHarness.Udp);

        for (var i = 0; i < 24; i++) _h.Time.Advance(TimeSpan.FromMilliseconds(500));

        var offsets = _h.Sent.Select(s => (s.At - start).TotalMilliseconds).ToList();
        Assert.Equal([0, 500, 1500, 3500, 7500, 11500], offsets);
    }

    [Fact]
    public async Task Without_an_answer_Timer_F_ends_it_as_a_timeout_the_TU_reads_as_408()
    {
        var tx = _h.Layer.Send(TransactionHarness.Outgoing("OPTIONS", "z9hG4bK-o2"), TransactionHarness.Udp);

        _h.Time.Advance(TimeSpan.FromSeconds(32));

        var result = await tx.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ClientTransactionOutcome.TimedOut, result.Outcome);
        Assert.Equal(408, result.StatusCode);
        Assert.Equal(0, _h.Layer.ClientTransactionCount);
    }

    [Fact]
    public async Task A_final_response_completes_the_request_and_stops_retransmission()
    {
        var tx = _h.Layer.Send(TransactionHarness.Outgoing("REGISTER", "z9hG4bK-r1"), TransactionHarness.Udp);
        _h.Receive(TransactionHarness.Response(200, "z9hG4bK-r1", "REGISTER"));

        var result = await tx.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        _h.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(200, result.StatusCode);
        Assert.Single(_h.Sent);
    }

    [Fact]
    public async Task An_INVITE_failure_is_acknowledged_in_the_transaction_with_the_same_branch_and_the_remote_tag()
    {
        var provisional = new List<int>();
        var tx = _h.Layer.Send(TransactionHarness.Outgoing("INVITE", "z9hG4bK-i1"), TransactionHarness.Udp);
        tx.Provisional += r => provisional.Add(r.StatusCode);

        _h.Receive(TransactionHarness.Response(180, "z9hG4bK-i1", "INVITE"));
        _h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(_h.Sent);

        _h.Receive(TransactionHarness.Response(486, "z9hG4bK-i1", "INVITE", toTag: "busy"));
        _h.Receive(TransactionHarness.Response(486, "z9hG4bK-i1", "INVITE", toTag: "busy"));

        Assert.Equal([180], provisional);
        Assert.Equal(486, (await tx.Completion.WaitAsync(TimeSpan.FromSeconds(5))).StatusCode);
        var acks = _h.Sent.Select(s => s.Message).OfType<SipRequest>().Where(r => r.Method == "ACK").ToList();
        Assert.Equal(2, acks.Count);
        Assert.Equal("z9hG4bK-i1", acks[0].Vias[0].Branch);
        Assert.Equal("busy", acks[0].To!.Tag);
        Assert.Equal(new SipCSeq(1, "ACK"), acks[0].CSeq);
    }

    [Fact]
    public async Task An_INVITE_2xx_completes_the_call_setup_and_a_repeated_2xx_is_handed_up_for_a_new_ACK()
    {
        var tx = (InviteClientTransaction)_h.Layer.Send(TransactionHarness.Outgoing("INVITE", "z9hG4bK-i2"), TransactionHarness.Udp);
        var again = 0;
        tx.AdditionalSuccess += _ => again++;

        _h.Receive(TransactionHarness.Response(200, "z9hG4bK-i2", "INVITE"));
        _h.Receive(TransactionHarness.Response(200, "z9hG4bK-i2", "INVITE"));

        Assert.Equal(200, (await tx.Completion.WaitAsync(TimeSpan.FromSeconds(5))).StatusCode);
        Assert.Equal(1, again);
        Assert.DoesNotContain(_h.Sent, s => s.Message is SipRequest { Method: "ACK" });
    }

    [Fact]
    public void An_INVITE_over_UDP_is_retransmitted_until_a_provisional_response()
    {
        _h.Layer.Send(TransactionHarness.Outgoing("INVITE", "z9hG4bK-i3"), TransactionHarness.Udp);
        _h.Time.Advance(TimeSpan.FromMilliseconds(500));
        _h.Time.Advance(TimeSpan.FromMilliseconds(1000));
        _h.Receive(TransactionHarness.Response(100, "z9hG4bK-i3", "INVITE"));
        _h.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(3, _h.Sent.Count);
    }

    [Fact]
    public void A_response_no_transaction_is_waiting_for_goes_to_the_TU()
    {
        _h.Receive(TransactionHarness.Response(200, "z9hG4bK-gone", "INVITE"));
        Assert.Single(_h.Strays);
    }
}
