namespace CallCenter.Activities.Acd;

/// <summary>Whether a call-control request was carried out, what happened in words an agent understands, and what a flow the caller was sent into returned.</summary>
public sealed record CallControlResult(bool Succeeded, string Message, IReadOnlyDictionary<string, object?>? Data = null);
