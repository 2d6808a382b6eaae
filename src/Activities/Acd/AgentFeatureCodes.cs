using CallCenter.Activities.Prompts;
using CallCenter.Domain.Acd;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions.FeatureCodes;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Agent feature codes dialled from the agent's own phone (the voice server passes only callers authenticated as the
/// extension): <c>*70</c> login (Ready), <c>*71</c> logout, <c>*72</c> ready, <c>*73</c> not ready (reason "phone"). The
/// extension's agent comes from <see cref="AcdConfiguration.AgentOnExtension"/>; the change goes through <see cref="IAcd"/>
/// (so it is logged like one made in the portal), and the caller hears 已登录 / 已签出 / 已就绪 / 已示忙, or why it was
/// refused, spoken through <see cref="IPromptProvider"/> (without speech: the voice server's confirmation or busy tone).
/// </summary>
public sealed class AgentFeatureCodes(IAcd acd, AcdConfiguration configuration, IPromptProvider prompts, ILogger<AgentFeatureCodes> logger)
    : IFeatureCodeHandler
{
    /// <summary>Log in, Ready.</summary>
    public const string Login = "*70";
    /// <summary>Log out.</summary>
    public const string Logout = "*71";
    /// <summary>Ready (unpause).</summary>
    public const string Ready = "*72";
    /// <summary>Not ready (pause) with reason <see cref="NotReadyReason"/>.</summary>
    public const string NotReady = "*73";
    /// <summary>The not-ready reason of <c>*73</c>: "phone".</summary>
    public const string NotReadyReason = "phone";
    private const string Voice = "cmn";

    public async ValueTask<FeatureCodeResult> HandleAsync(string extension, string code, CancellationToken ct)
    {
        if (code is not (Login or Logout or Ready or NotReady)) return FeatureCodeResult.Unknown(code);
        if (configuration.AgentOnExtension(extension) is not { } agent)
        {
            logger.LogInformation("Feature code {Code} from extension {Extension}: no agent has this extension", code, extension);
            return FeatureCodeResult.Refused($"no agent on extension {extension}", await SpeakAsync("本分机没有座席", ct).ConfigureAwait(false));
        }
        var (result, done) = code switch
        {
            Login => (acd.Login(agent, ready: true), "已登录"),
            Logout => (acd.Logout(agent), "已签出"),
            Ready => (acd.Ready(agent), "已就绪"),
            _ => (acd.NotReady(agent, NotReadyReason), "已示忙"),
        };
        if (result.Succeeded)
        {
            logger.LogInformation("Agent {Agent} on extension {Extension}: {Code} done", agent, extension, code);
            return FeatureCodeResult.Done($"agent {agent}: {done}", await SpeakAsync(done, ct).ConfigureAwait(false));
        }
        logger.LogInformation("Agent {Agent} on extension {Extension}: {Code} refused ({Error}: {Message})", agent, extension, code, result.Error, result.Message);
        var refusal = result.Error switch
        {
            AcdErrorCode.UnknownAgent => "座席未启用",
            _ when code == Login => "已经登录，操作未执行",
            _ when code == Logout => "通话中或未登录，不能签出",
            _ => "当前状态不能更改，操作未执行",
        };
        return FeatureCodeResult.Refused($"agent {agent}: {result.Message}", await SpeakAsync(refusal, ct).ConfigureAwait(false));
    }

    // Speech is a nicety: without espeak-ng (or on any failure) the voice server plays a tone instead.
    private async ValueTask<AudioPrompt?> SpeakAsync(string text, CancellationToken ct)
    {
        try
        {
            return await prompts.SpeakAsync(text, Voice, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not speak \"{Text}\": the caller hears a tone", text);
            return null;
        }
    }
}
