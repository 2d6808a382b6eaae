using System.Collections.Concurrent;
using CallCenter.Telephony.Sip.Messages;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>
/// Matches every received message to its transaction (RFC 3261 §17.1.3, §17.2.3), absorbs
/// retransmissions, hands new requests and end-to-end ACKs to the TU, and runs the client
/// transactions of the requests we send.
/// </summary>
public sealed class SipTransactionLayer(ISipSender sender, TimeProvider time, SipTimerOptions timers, ILogger<SipTransactionLayer> logger)
{
    private readonly TransactionContext _context = new(sender, time, timers, logger);
    private readonly ConcurrentDictionary<TransactionKey, ServerTransaction> _server = new();
    private readonly ConcurrentDictionary<TransactionKey, ClientTransaction> _client = new();

    public ITransactionUser? User { get; set; }
    public SipTimerOptions Timers => timers;
    public int ServerTransactionCount => _server.Count;
    public int ClientTransactionCount => _client.Count;

    public void Receive(SipMessage message, SipPeer from)
    {
        switch (message)
        {
            case SipRequest request: ReceiveRequest(request, from); break;
            case SipResponse response: ReceiveResponse(response, from); break;
        }
    }

    /// <summary>Sends a request in a new client transaction; its top Via must carry a fresh RFC 3261 branch.</summary>
    public ClientTransaction Send(SipRequest request, SipPeer to)
    {
        if (request.Method == SipMethods.Ack) throw new ArgumentException("an ACK is sent without a transaction", nameof(request));
        if (request.Vias.Count == 0 || request.Vias[0].HasRfc3261Branch is false)
            throw new ArgumentException("the request needs a top Via with a z9hG4bK branch", nameof(request));
        var key = TransactionKey.ForClient(request);
        ClientTransaction transaction = request.Method == SipMethods.Invite
            ? new InviteClientTransaction(key, request, to, _context, Forget)
            : new NonInviteClientTransaction(key, request, to, _context, Forget);
        if (!_client.TryAdd(key, transaction)) throw new InvalidOperationException($"a transaction with branch {key.Branch} is already running");
        transaction.Start();
        return transaction;
    }

    /// <summary>The INVITE server transaction a CANCEL refers to (same branch), if it is still running.</summary>
    public InviteServerTransaction? FindInvite(SipRequest cancel) =>
        TransactionKey.ForServer(cancel) is { } key && _server.TryGetValue(key with { Method = SipMethods.Invite }, out var found)
            ? found as InviteServerTransaction
            : null;

    /// <summary>A new random branch with the RFC 3261 magic cookie.</summary>
    public static string NewBranch() => "z9hG4bK" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(10));

    private void ReceiveRequest(SipRequest request, SipPeer from)
    {
        if (TransactionKey.ForServer(request) is not { } key)
        {
            logger.LogDebug("Request {Method} from {Peer} without Via or CSeq ignored", request.Method, from);
            return;
        }
        if (_server.TryGetValue(key, out var existing))
        {
            if (request.Method != SipMethods.Ack) existing.OnRetransmission();
            else if (existing is not InviteServerTransaction invite || !invite.OnAck()) User?.OnAck(request, from);
            return;
        }
        if (request.Method == SipMethods.Ack)
        {
            User?.OnAck(request, from);
            return;
        }
        ServerTransaction created = request.Method == SipMethods.Invite
            ? new InviteServerTransaction(key, request, from, _context, Forget)
            : new NonInviteServerTransaction(key, request, from, _context, Forget);
        if (!_server.TryAdd(key, created))
        {
            // Its retransmission won the race and is being served already.
            if (_server.TryGetValue(key, out var winner)) winner.OnRetransmission();
            return;
        }
        created.Start();
        User?.OnRequest(created);
    }

    private void ReceiveResponse(SipResponse response, SipPeer from)
    {
        if (TransactionKey.ForClient(response) is { } key && _client.TryGetValue(key, out var transaction))
            transaction.OnResponse(response);
        else
            User?.OnStrayResponse(response, from);
    }

    private void Forget(Transaction transaction)
    {
        switch (transaction)
        {
            case ServerTransaction server: _server.TryRemove(new KeyValuePair<TransactionKey, ServerTransaction>(server.Key, server)); break;
            case ClientTransaction client: _client.TryRemove(new KeyValuePair<TransactionKey, ClientTransaction>(client.Key, client)); break;
        }
    }
}
