namespace CallCenter.Domain.Reports;

/// <summary>
/// One agent's local day (考勤): first login and last logout that day (local times; null when the agent was already
/// logged in at midnight, or still is at the end of the day), and the time logged in within the day, seconds.
/// </summary>
public sealed record AgentAttendanceRow(string Agent, string Name, DateOnly Day, DateTime? FirstLogin, DateTime? LastLogout, double LoggedInSeconds);
