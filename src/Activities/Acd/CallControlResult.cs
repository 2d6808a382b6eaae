namespace CallCenter.Activities.Acd;

/// <summary>Whether a call-control request was carried out, and what happened in words an agent understands.</summary>
public sealed record CallControlResult(bool Succeeded, string Message);
