using System.Globalization;
using CallCenter.Engine.Abstractions;

namespace CallCenter.Activities.Say;

/// <summary>Reads a date: 2026-11-25 → 二零二六年十一月二十五日 / November twenty-fifth, twenty twenty-six.</summary>
[Activity("Call", "Say date", "Reads a date (年月日 / month, day, year).",
    CategoryZh = "通话", DisplayNameZh = "播报日期", DescriptionZh = "读出日期（年月日）。", Icon = "event")]
public sealed class SayDate : SayActivity
{
    [Input(DisplayName = "Date", DisplayNameZh = "日期", Required = true, Description = "yyyy-MM-dd or a date-time (read in the center's time zone); e.g. {{ ticket.created_at }}",
        DescriptionZh = "yyyy-MM-dd 或日期时间（按呼叫中心时区），例如 {{ ticket.created_at }}")]
    public Input<string> Date { get; set; } = new("");

    protected override string SpokenText(ActivityContext context, string voice)
    {
        var text = Date.Get(context).Trim();
        DateOnly date;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) date = day;
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, context.TimeZone).DateTime);
        else throw new FormatException($"activity '{Id}': '{text}' is not a date.");
        return SayText.Date(date, voice);
    }
}
