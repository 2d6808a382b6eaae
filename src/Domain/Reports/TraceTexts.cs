using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Call traces with their call's record id and start, the details as the stored JSON text (the entity's converter would
/// deserialise it whole): by the calls' start (the IVR report over the sources) or by record id (folding, and a report's
/// rows after the mark). The details column carries a value converter, which LINQ cannot bypass: the query is written
/// here, with table and column names taken from the EF model and quoted by the provider, so it runs on every provider.
/// </summary>
internal static class TraceTexts
{
    /// <summary>One trace row.</summary>
    internal sealed class Row
    {
        public long RecordId { get; set; }
        public DateTime StartedAt { get; set; }
        public string FlowName { get; set; } = "";
        public string Details { get; set; } = "";
    }

    /// <summary>Traces of the calls started in [<paramref name="startUtc"/>, <paramref name="endUtc"/>), of one flow when given.</summary>
    public static IQueryable<Row> StartedIn(CallCenterDbContext db, DateTime startUtc, DateTime endUtc, string? flow)
    {
        var (text, startedAt, flowName) = Select(db);
        text += $" WHERE {startedAt} >= {{0}} AND {startedAt} < {{1}}";
        // Only model names are concatenated; every value (times, flow) is a parameter.
        if (flow is null) return db.Database.SqlQueryRaw<Row>(text, startUtc, endUtc);
        var ofFlow = text + $" AND {flowName} = {{2}}";
        return db.Database.SqlQueryRaw<Row>(ofFlow, startUtc, endUtc, flow);
    }

    /// <summary>Traces of the calls whose record id is in (<paramref name="afterId"/>, <paramref name="upToId"/>].</summary>
    public static IQueryable<Row> OfRecords(CallCenterDbContext db, long afterId, long upToId)
    {
        var (text, _, _) = Select(db);
        var records = db.Model.FindEntityType(typeof(CallDetailRecord))!;
        var id = "c." + Column(db, records, nameof(CallDetailRecord.Id));
        var range = text + $" WHERE {id} > {{0}} AND {id} <= {{1}}";
        return db.Database.SqlQueryRaw<Row>(range, afterId, upToId);
    }

    private static (string Text, string StartedAt, string FlowName) Select(CallCenterDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var traces = db.Model.FindEntityType(typeof(CallTrace))!;
        var records = db.Model.FindEntityType(typeof(CallDetailRecord))!;
        string Table(IEntityType e) => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema());
        var startedAt = "c." + Column(db, records, nameof(CallDetailRecord.StartedAt));
        var flowName = "t." + Column(db, traces, nameof(CallTrace.FlowName));
        var text = $"SELECT c.{Column(db, records, nameof(CallDetailRecord.Id))} AS {sql.DelimitIdentifier(nameof(Row.RecordId))}, "
            + $"{startedAt} AS {sql.DelimitIdentifier(nameof(Row.StartedAt))}, "
            + $"{flowName} AS {sql.DelimitIdentifier(nameof(Row.FlowName))}, "
            + $"t.{Column(db, traces, nameof(CallTrace.Details))} AS {sql.DelimitIdentifier(nameof(Row.Details))} "
            + $"FROM {Table(traces)} t INNER JOIN {Table(records)} c ON t.{Column(db, traces, nameof(CallTrace.CallId))} = c.{Column(db, records, nameof(CallDetailRecord.CallId))}";
        return (text, startedAt, flowName);
    }

    private static string Column(CallCenterDbContext db, IEntityType e, string property) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(e.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()))!);
}
