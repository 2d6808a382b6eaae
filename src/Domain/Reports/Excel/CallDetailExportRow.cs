using MiniExcelLibs.Attributes;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>One call detail line as MiniExcel writes it: bilingual headers, local times, durations as fractions of a day in [h]:mm:ss.</summary>
public sealed class CallDetailExportRow
{
    [ExcelColumn(Name = "呼叫ID Call id", Width = 24)] public string CallId { get; set; } = "";
    [ExcelColumn(Name = "主叫 Caller", Width = 16)] public string Caller { get; set; } = "";
    [ExcelColumn(Name = "被叫 Callee", Width = 16)] public string Callee { get; set; } = "";
    [ExcelColumn(Name = "开始 Started", Format = ReportWorkbook.DateTimeFormat, Width = 20)] public DateTime StartedAt { get; set; }
    [ExcelColumn(Name = "应答 Answered", Format = ReportWorkbook.DateTimeFormat, Width = 20)] public DateTime? AnsweredAt { get; set; }
    [ExcelColumn(Name = "结束 Ended", Format = ReportWorkbook.DateTimeFormat, Width = 20)] public DateTime EndedAt { get; set; }
    [ExcelColumn(Name = "振铃 Ring", Format = ReportWorkbook.DurationFormat, Width = 11)] public double Ring { get; set; }
    [ExcelColumn(Name = "通话 Talk", Format = ReportWorkbook.DurationFormat, Width = 11)] public double Talk { get; set; }
    [ExcelColumn(Name = "挂机方 Hung up by", Width = 12)] public string HangupBy { get; set; } = "";
    [ExcelColumn(Name = "原因 Cause", Width = 16)] public string Cause { get; set; } = "";
    [ExcelColumn(Name = "SIP", Width = 7)] public int? StatusCode { get; set; }

    public static CallDetailExportRow From(CallDetailRow row) => new()
    {
        CallId = row.CallId, Caller = row.Caller, Callee = row.Callee, StartedAt = row.StartedAt, AnsweredAt = row.AnsweredAt, EndedAt = row.EndedAt,
        Ring = row.RingSeconds / 86400, Talk = row.TalkSeconds / 86400, HangupBy = row.HangupBy, Cause = row.Cause, StatusCode = row.StatusCode,
    };
}
