namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What the hang-up and extension folders read of a <c>call_records</c> row.</summary>
internal readonly record struct CallOutcomeLine(long Id, string CallId, string From, string To, DateTime StartedAt, DateTime? AnsweredAt, DateTime EndedAt, string HangupBy);
