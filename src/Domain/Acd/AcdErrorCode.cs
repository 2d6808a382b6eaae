namespace CallCenter.Domain.Acd;

/// <summary>Why an ACD operation was refused.</summary>
public enum AcdErrorCode
{
    None,
    UnknownAgent,
    UnknownQueue,
    UnknownCall,
    /// <summary>The offer does not exist any more (answered elsewhere, timed out, caller gone) or was not made to this agent.</summary>
    UnknownOffer,
    /// <summary>The agent's current status does not allow the operation.</summary>
    InvalidTransition,
}
