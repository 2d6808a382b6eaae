namespace CallCenter.Domain.Reports;

/// <summary>
/// One node of a flow (IVR 导航): calls that entered it, left it by hanging up (outcome <c>Cancelled</c>), and how many
/// took each other outcome. Totals row: flow "" and node "", entered = calls, left by hang-up = calls that hung up in
/// the flow.
/// </summary>
public sealed record IvrNodeRow(string Flow, string Node, string Type, int Entered, int LeftByHangup, IReadOnlyDictionary<string, int> Outcomes);
