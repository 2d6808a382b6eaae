namespace CallCenter.Domain.Reports;

/// <summary>One extension's calls (分机话务): placed (caller) and received (callee), answered, talk seconds. Totals: extension "".</summary>
public sealed record ExtensionTrafficRow(string Extension, string DisplayName, int Outgoing, int OutgoingAnswered, double OutgoingTalkSeconds, int Incoming, int IncomingAnswered, double IncomingTalkSeconds);
