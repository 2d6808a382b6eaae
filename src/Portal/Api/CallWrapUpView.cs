using CallCenter.Domain.Calls;

namespace CallCenter.Portal.Api;

/// <summary>An agent's wrap-up of a call as the API shows it (<c>at</c>: when it was last saved, UTC).</summary>
public sealed record CallWrapUpView(string AgentId, string Disposition, string? Notes, DateTimeOffset At)
{
    public static CallWrapUpView From(CallWrapUp wrapUp) =>
        new(wrapUp.AgentId, wrapUp.Disposition, wrapUp.Notes, new DateTimeOffset(DateTime.SpecifyKind(wrapUp.UpdatedAt, DateTimeKind.Utc)));
}
