namespace CallCenter.Domain.Reports;

/// <summary>One page of the call detail and how many calls match in all.</summary>
public sealed record CallDetailPage(IReadOnlyList<CallDetailRow> Rows, int Total);
