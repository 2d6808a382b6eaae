namespace CallCenter.Portal.Api;

/// <summary>One phone number of a customer (normalised) with its free-text label ("mobile", "work"…).</summary>
public sealed record CustomerPhoneView(string Number, string? Label);
