using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>
/// A test activity whose effect reaches outside the flow (it "posts a letter"): a simulated run must not execute it.
/// Executed anyway, it records a <see cref="Probe"/> hit named <see cref="ExecutedProbe"/> and throws.
/// </summary>
[Activity("Test", "Send letter", "Posts a letter (pretend).", HasExternalEffect = true)]
[Outcomes(SentOutcome, BouncedOutcome)]
public sealed class SendLetter : Activity
{
    public const string SentOutcome = "Sent";
    public const string BouncedOutcome = "Bounced";
    public const string ExecutedProbe = "letter-posted";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Services.GetRequiredService<ProbeLog>().Record(new ProbeLog.ProbeHit(ExecutedProbe, context.InstanceId, null));
        throw new InvalidOperationException("a letter was posted: an activity with an external effect ran");
    }
}
