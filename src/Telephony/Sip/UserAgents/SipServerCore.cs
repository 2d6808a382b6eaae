using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// The UAS core (RFC 3261 §8.2): checks what every request must pass (supported extensions), routes
/// it to the handler of its method, and answers methods nobody handles (405, or 501 when unknown).
/// </summary>
public sealed class SipServerCore : ITransactionUser
{
    private static readonly HashSet<string> KnownMethods = new(StringComparer.Ordinal)
    {
        SipMethods.Invite, SipMethods.Ack, SipMethods.Bye, SipMethods.Cancel, SipMethods.Options, SipMethods.Register,
        SipMethods.Prack, SipMethods.Subscribe, SipMethods.Notify, SipMethods.Publish, SipMethods.Info, SipMethods.Refer,
        SipMethods.Message, SipMethods.Update,
    };

    private readonly Dictionary<string, ISipRequestHandler> _handlers = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public SipServerCore(IEnumerable<ISipRequestHandler> handlers, ILogger<SipServerCore> logger)
    {
        foreach (var handler in handlers) _handlers[handler.Method] = handler;
        _logger = logger;
    }

    /// <summary>The methods answered here, for Allow headers.</summary>
    public IEnumerable<string> AllowedMethods => _handlers.Keys.Append(SipMethods.Ack).Order(StringComparer.Ordinal);

    /// <summary>Extensions we support (none yet beyond the base protocol).</summary>
    public static IReadOnlyCollection<string> Supported { get; } = [];

    public Action<SipRequest, SipPeer>? AckHandler { get; set; }

    public void OnRequest(ServerTransaction transaction)
    {
        var request = transaction.Request;
        // RFC 3261 §8.2.1-8.2.2: headers a request must carry once, a SIP Request-URI (416), known Require tags (420).
        if (SipRequestChecks.Check(request, Supported) is { } problem)
        {
            var refused = SipResponseFactory.Create(request, problem.StatusCode, $"{SipReasonPhrases.For(problem.StatusCode)} ({problem.Reason})");
            if (problem.Unsupported.Count > 0) refused.Headers.Add(SipHeaderNames.Unsupported, string.Join(", ", problem.Unsupported));
            _logger.LogInformation("Refused {Method} from {Peer} with {Code}: {Reason}", request.Method, transaction.Peer, problem.StatusCode, problem.Reason);
            transaction.Respond(refused);
            return;
        }
        if (_handlers.TryGetValue(request.Method, out var handler))
        {
            try
            {
                handler.Handle(transaction);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Handler for {Method} failed", request.Method);
                transaction.Respond(SipResponseFactory.Create(request, 500));
            }
            return;
        }
        var response = SipResponseFactory.Create(request, KnownMethods.Contains(request.Method) ? 405 : 501);
        response.Headers.Add(SipHeaderNames.Allow, string.Join(", ", AllowedMethods));
        transaction.Respond(response);
    }

    public void OnAck(SipRequest ack, SipPeer from) => AckHandler?.Invoke(ack, from);

    public void OnStrayResponse(SipResponse response, SipPeer from) =>
        _logger.LogDebug("Stray {Code} for {Method} from {Peer}", response.StatusCode, response.CSeq?.Method, from);
}
