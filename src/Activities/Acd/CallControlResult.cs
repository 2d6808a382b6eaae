using CallCenter.Domain.Texts;

namespace CallCenter.Activities.Acd;

/// <summary>Whether a call-control request was carried out, what happened in words an agent understands, and what a flow the caller was sent into returned.</summary>
public sealed record CallControlResult(bool Succeeded, UserMessage Reason, IReadOnlyDictionary<string, object?>? Data = null)
{
    /// <summary>What happened, in English (API, logs); the UI shows <see cref="Reason"/> in the user's language.</summary>
    public string Message => Reason.ToString();
}
