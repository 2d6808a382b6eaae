namespace CallCenter.Domain.Agents;

/// <summary>How saving an agent or a queue went.</summary>
public enum SaveStatus
{
    Created,
    Updated,
    /// <summary>The input broke a rule: see the errors, keyed by field.</summary>
    Invalid,
    NotFound,
    /// <summary>Creating something whose key (agent number) is already taken.</summary>
    Conflict,
}
