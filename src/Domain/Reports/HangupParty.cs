namespace CallCenter.Domain.Reports;

/// <summary>Who ended a call (拆线方式), as the hang-up side report groups it.</summary>
public enum HangupParty
{
    /// <summary>The calling party hung up (call record <c>Caller</c>).</summary>
    Caller,
    /// <summary>The agent or called extension hung up (<c>Callee</c>, or <c>Server</c> on a call whose queue log says COMPLETEAGENT).</summary>
    Agent,
    /// <summary>We ended it: the flow finished, refused, timed out (<c>Server</c> otherwise).</summary>
    System,
}
