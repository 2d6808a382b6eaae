namespace CallCenter.Domain.Reports;

/// <summary>What one database group of a traffic query returns: local day and hour, key, counts.</summary>
internal sealed record TrafficCell(DateTime Day, int Hour, string Key, int Inbound, int Outbound, int Answered, int Abandoned, double TalkSeconds);
