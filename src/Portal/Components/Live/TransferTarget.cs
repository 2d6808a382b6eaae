namespace CallCenter.Portal.Components.Live;

/// <summary>
/// Where a call goes on a transfer, as the agent or supervisor picks it: a kind (agent, queue, number, flow) and the text
/// typed; <see cref="Value"/> is what the ACD's call control understands (<c>agent:8002</c>, <c>queue:hotline</c>,
/// <c>flow:survey</c>, or a plain number / SIP URI).
/// </summary>
public sealed class TransferTarget
{
    /// <summary>The kinds, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["agent", "queue", "number", "flow"];

    public string Kind { get; set; } = "agent";

    public string Text { get; set; } = "";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>Whether one can consult it first (a person answers), rather than only send the caller there.</summary>
    public bool CanConsult => Kind is "agent" or "number";

    public string Value => Kind == "number" ? Text.Trim() : $"{Kind}:{Text.Trim()}";
}
