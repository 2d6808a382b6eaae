namespace CallCenter.Engine.Activities;

/// <summary>One case of a <see cref="Switch"/>: the outcome taken when the condition holds.</summary>
public sealed record SwitchCase(string Outcome, string Condition);
