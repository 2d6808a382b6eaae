using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>
/// A feature code dialled by an authenticated extension: the <see cref="IFeatureCodeHandler"/> carries it out, then the call
/// is answered as a session, the confirmation (the handler's prompt, else <see cref="ConfirmationTones"/>) is played without
/// barge-in, and the call is hung up. An unknown code gets 404 unanswered; a handler that throws counts as a refusal.
/// </summary>
internal sealed class FeatureCodeCall(IFeatureCodeHandler handler, InboundAnswerer answerer, CallSessionContext context, CallSessionRegistry sessions,
    TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<FeatureCodeCall>();

    public async Task HandleAsync(ServerTransaction transaction, string extension, string code, DateTimeOffset startedAt)
    {
        FeatureCodeResult result;
        try
        {
            result = await handler.HandleAsync(extension, code, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Feature code {Code} from extension {Extension} failed", code, extension);
            result = FeatureCodeResult.Refused("the feature code failed");
        }
        _logger.LogInformation("Feature code {Code} from extension {Extension}: {Outcome} ({Message})", code, extension, result.Outcome, result.Message);
        if (result.Outcome == FeatureCodeOutcome.Unknown)
        {
            answerer.Refuse(transaction, 404, "Not Found (no such feature code)", result.Message, startedAt);
            return;
        }
        var leg = new InboundLeg(context, answerer, transaction, time.GetUtcNow());
        var session = new SipCallSession(context, leg);
        sessions.Add(session);
        leg.Ring();
        try
        {
            await session.AnswerAsync(session.Ended).ConfigureAwait(false);
            var prompt = result.Prompt ?? (result.Outcome == FeatureCodeOutcome.Done ? ConfirmationTones.Success : ConfirmationTones.Refusal);
            await session.PlayAsync([prompt], bargeIn: false, session.Ended).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (session.Ended.IsCancellationRequested) { }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Call {CallId}: feature code {Code} confirmation failed", session.Id, code);
        }
        if (session.State != CallSessionState.Ended) await session.HangUpAsync($"feature code {code}: {result.Message}").ConfigureAwait(false);
    }
}
