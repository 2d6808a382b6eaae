using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Tests.Sip.Transactions;

public sealed class ServerTransactionTests
{
    private const string Branch = "z9hG4bK-inv-1";
    private readonly TransactionHarness _h = new();

    [Fact]
    public void A_new_INVITE_gets_100_Trying_at_once_and_its_retransmission_gets_it_again_without_a_second_call()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        _h.Receive(TransactionHarness.Request("INVITE", Branch));

        Assert.Single(_h.Requests);
        Assert.Equal(["SIP/2.0 100 Trying", "SIP/2.0 100 Trying"], _h.SentLines);
    }

    [Fact]
    public void A_failure_is_retransmitted_at_T1_doubling_until_the_ACK_then_the_transaction_ends_after_T4()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        var tx = _h.Requests[0];
        tx.Respond(SipResponseFactory.Create(tx.Request, 486, toTag: "t1"));
        _h.Sent.Clear();

        _h.Time.Advance(TimeSpan.FromMilliseconds(500));
        _h.Time.Advance(TimeSpan.FromMilliseconds(1000));
        _h.Time.Advance(TimeSpan.FromMilliseconds(2000));
        Assert.Equal(3, _h.Sent.Count(s => s.Message is SipResponse { StatusCode: 486 }));

        _h.Receive(TransactionHarness.Request("ACK", Branch, cseqMethod: "ACK", toTag: "t1"));
        Assert.Equal(TransactionState.Confirmed, tx.State);
        Assert.Empty(_h.Acks);
        _h.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(3, _h.Sent.Count);

        _h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, _h.Layer.ServerTransactionCount);
    }

    [Fact]
    public void Retransmissions_of_a_failure_are_capped_at_T2()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        _h.Requests[0].Respond(SipResponseFactory.Create(_h.Requests[0].Request, 480, toTag: "t"));
        var start = _h.Time.GetUtcNow();
        _h.Sent.Clear();

        for (var i = 0; i < 16; i++) _h.Time.Advance(TimeSpan.FromMilliseconds(500));

        var offsets = _h.Sent.Select(s => (s.At - start).TotalMilliseconds).ToList();
        Assert.Equal([500, 1500, 3500, 7500], offsets);
    }

    [Fact]
    public void Without_an_ACK_Timer_H_ends_the_transaction_and_tells_the_TU()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        var tx = (InviteServerTransaction)_h.Requests[0];
        var timedOut = false;
        tx.AckTimedOut += _ => timedOut = true;
        tx.Respond(SipResponseFactory.Create(tx.Request, 603, toTag: "t"));

        _h.Time.Advance(TimeSpan.FromSeconds(32));

        Assert.True(timedOut);
        Assert.Equal(TransactionState.Terminated, tx.State);
        var sentBefore = _h.Sent.Count;
        _h.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(sentBefore, _h.Sent.Count);
    }

    [Fact]
    public void After_a_2xx_retransmitted_INVITEs_are_absorbed_and_the_ACK_goes_to_the_TU()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        var tx = _h.Requests[0];
        tx.Respond(SipResponseFactory.Create(tx.Request, 200, toTag: "t"));
        _h.Sent.Clear();

        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        Assert.Empty(_h.Sent);
        Assert.Equal(TransactionState.Accepted, tx.State);

        _h.Receive(TransactionHarness.Request("ACK", "z9hG4bK-ack-new", cseqMethod: "ACK", toTag: "t"));
        Assert.Single(_h.Acks);
        _h.Time.Advance(TimeSpan.FromSeconds(32));
        Assert.Equal(0, _h.Layer.ServerTransactionCount);
    }

    [Fact]
    public void A_non_INVITE_retransmission_gets_the_last_response_again_and_the_transaction_lingers_64_T1_over_UDP()
    {
        _h.Receive(TransactionHarness.Request("OPTIONS", "z9hG4bK-opt"));
        var tx = _h.Requests[0];
        Assert.Empty(_h.Sent);
        tx.Respond(SipResponseFactory.Create(tx.Request, 200));

        _h.Receive(TransactionHarness.Request("OPTIONS", "z9hG4bK-opt"));
        Assert.Equal(["SIP/2.0 200 OK", "SIP/2.0 200 OK"], _h.SentLines);
        Assert.Single(_h.Requests);

        _h.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, _h.Layer.ServerTransactionCount);
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, _h.Layer.ServerTransactionCount);
    }

    [Fact]
    public void Over_TCP_a_completed_non_INVITE_transaction_ends_at_once()
    {
        _h.Receive(TransactionHarness.Request("OPTIONS", "z9hG4bK-opt"), TransactionHarness.Tcp);
        _h.Requests[0].Respond(SipResponseFactory.Create(_h.Requests[0].Request, 200));
        Assert.Equal(0, _h.Layer.ServerTransactionCount);
    }

    [Fact]
    public void A_CANCEL_finds_the_INVITE_it_cancels()
    {
        _h.Receive(TransactionHarness.Request("INVITE", Branch));
        _h.Receive(TransactionHarness.Request("CANCEL", Branch));

        var cancel = _h.Requests[1];
        Assert.Equal("CANCEL", cancel.Request.Method);
        Assert.Same(_h.Requests[0], _h.Layer.FindInvite(cancel.Request));
    }

    [Fact]
    public void An_RFC_2543_request_without_a_magic_cookie_is_still_matched_to_its_transaction()
    {
        var request = TransactionHarness.Request("INVITE", "old-style-branch").Replace(";branch=old-style-branch", "");
        _h.Receive(request);
        _h.Receive(request);

        Assert.Single(_h.Requests);
        Assert.Equal(2, _h.Sent.Count);
    }
}
