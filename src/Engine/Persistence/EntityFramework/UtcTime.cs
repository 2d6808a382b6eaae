namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>Stores times as UTC DateTime (portable across SQLite, PostgreSQL and SQL Server) and reads them back as offsets.</summary>
internal static class UtcTime
{
    public static DateTime ToStored(DateTimeOffset value) => value.UtcDateTime;
    public static DateTime? ToStored(DateTimeOffset? value) => value?.UtcDateTime;
    public static DateTimeOffset FromStored(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    public static DateTimeOffset? FromStored(DateTime? value) => value is null ? null : FromStored(value.Value);
}
