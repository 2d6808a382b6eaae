namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What folding reads of a <c>call_records</c> row.</summary>
internal readonly record struct CallLine(long Id, string From, string To, DateTime StartedAt, DateTime? AnsweredAt, DateTime EndedAt);
