using System.Data.Common;
using System.Globalization;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Streams <c>agent_status_changes</c> of a time range in (time, id) order — the order of the time index, so the
/// database reads the range front to back without sorting — through a plain data reader: the agent report reads
/// millions of these over a year, and EF's per-row materialisation (dates and enum texts) cost more than the read.
/// </summary>
internal static class AgentStateChanges
{
    public static async IAsyncEnumerable<(string Agent, DateTime At, AgentStatus From, AgentStatus To)> ReadAsync(
        CallCenterDbContext db, DateTime fromUtc, DateTime toUtc, IReadOnlyCollection<string>? agents,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(AgentStatusChange))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction(); // a report's read snapshot, when it took one
        var at = Column(nameof(AgentStatusChange.At));
        var text = $"SELECT {Column(nameof(AgentStatusChange.AgentNumber))}, {at}, {Column(nameof(AgentStatusChange.From))}, {Column(nameof(AgentStatusChange.To))} "
            + $"FROM {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} WHERE {at} >= @p0 AND {at} < @p1";
        Add(command, "@p0", fromUtc);
        Add(command, "@p1", toUtc);
        if (agents is not null)
        {
            var names = new List<string>();
            foreach (var agent in agents)
            {
                var name = "@a" + names.Count.ToString(CultureInfo.InvariantCulture);
                Add(command, name, agent);
                names.Add(name);
            }
            text += names.Count == 0 ? " AND 1 = 0" : $" AND {Column(nameof(AgentStatusChange.AgentNumber))} IN ({string.Join(", ", names)})";
        }
        command.CommandText = text + $" ORDER BY {at}, {Column(nameof(AgentStatusChange.Id))}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var sqlite = db.Database.IsSqlite();
        while (await reader.ReadAsync(ct))
        {
            var when = sqlite ? ParseSqlite(reader.GetString(1)) : reader.GetDateTime(1);
            yield return (reader.GetString(0), DateTime.SpecifyKind(when, DateTimeKind.Utc), Status(reader.GetString(2)), Status(reader.GetString(3)));
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // EF stores SQLite dates as "yyyy-MM-dd HH:mm:ss[.FFFFFFF]": read by hand (a year is millions of rows; ParseExact
    // was a third of the report's time), anything else through ParseExact.
    private static DateTime ParseSqlite(string text)
    {
        var s = text.AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' && s[16] == ':' && (s.Length == 19 || (s[19] == '.' && s.Length <= 27)))
        {
            var ticks = 0L;
            var scale = TimeSpan.TicksPerSecond;
            for (var i = 20; i < s.Length; i++)
            {
                var digit = s[i] - '0';
                if ((uint)digit > 9) return ParseExact(text);
                scale /= 10;
                ticks += digit * scale;
            }
            if (!TryNumber(s[..4], out var year) || !TryNumber(s.Slice(5, 2), out var month) || !TryNumber(s.Slice(8, 2), out var day)
                || !TryNumber(s.Slice(11, 2), out var hour) || !TryNumber(s.Slice(14, 2), out var minute) || !TryNumber(s.Slice(17, 2), out var second))
                return ParseExact(text);
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        }
        return ParseExact(text);
    }

    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }

    private static DateTime ParseExact(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static AgentStatus Status(string text) => text switch
    {
        nameof(AgentStatus.Ready) => AgentStatus.Ready,
        nameof(AgentStatus.OnCall) => AgentStatus.OnCall,
        nameof(AgentStatus.WrapUp) => AgentStatus.WrapUp,
        nameof(AgentStatus.Ringing) => AgentStatus.Ringing,
        nameof(AgentStatus.NotReady) => AgentStatus.NotReady,
        nameof(AgentStatus.LoggedOut) => AgentStatus.LoggedOut,
        _ => Enum.Parse<AgentStatus>(text),
    };
}
