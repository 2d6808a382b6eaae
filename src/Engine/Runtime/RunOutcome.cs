namespace CallCenter.Engine.Runtime;

/// <summary>What a start, resume or cancel request did.</summary>
public enum RunOutcome
{
    Started,
    Resumed,
    Cancelled,
    /// <summary>No such definition, instance or bookmark.</summary>
    NotFound,
    /// <summary>The bookmark was already resumed (or the instance ended): nothing ran.</summary>
    AlreadyHandled,
    /// <summary>Another node saved the instance first; this run was discarded.</summary>
    Conflict,
}
