namespace CallCenter.Portal.Components.Designer;

/// <summary>What a flow-list action did: a message for the admin (already in their language), and whether it failed.</summary>
public sealed record FlowActionResult(bool Failed, string Message, string? FlowId = null)
{
    public static FlowActionResult Ok(string message, string? flowId = null) => new(false, message, flowId);

    public static FlowActionResult Fail(string message) => new(true, message);
}
