namespace CallCenter.Portal.Components.Desk;

/// <summary>How a call ended for the business (the wrap-up's disposition code, stored on the call; reports group by it).</summary>
public static class WrapUpDispositions
{
    /// <summary>Codes, each with its UI text key (<c>Disposition.&lt;code&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> Codes = ["resolved", "information", "follow-up", "complaint", "transferred", "wrong-number", "no-response"];

    /// <summary>Ticket categories an agent can open from a call (those the shipped flows use too).</summary>
    public static readonly IReadOnlyList<string> TicketCategories = ["consulting", "complaint", "suggestion", "help", "mailbox"];
}
