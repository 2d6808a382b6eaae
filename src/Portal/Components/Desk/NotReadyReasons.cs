namespace CallCenter.Portal.Components.Desk;

/// <summary>The reasons an agent picks when going not ready (the ACD stores the code; reports group by it).</summary>
public static class NotReadyReasons
{
    /// <summary>Reason codes, each with its UI text key (<c>Reason.&lt;code&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> Codes = ["break", "meal", "meeting", "training", "paperwork"];
}
