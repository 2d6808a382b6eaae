using System.Globalization;
using CallCenter.Domain.Texts;
using ClosedXML.Excel;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// Reads one cell of a customer workbook as the type its column needs, whatever Excel stored: a phone or member
/// number typed as a number comes back as its digits, a date typed as text is parsed. A refusal is a message for the user.
/// </summary>
internal static class CustomerCellReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d"];
    private static readonly Dictionary<string, bool> VipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["no"] = false, ["true"] = true, ["false"] = false, ["是"] = true, ["否"] = false, ["1"] = true, ["0"] = false,
    };

    /// <summary>The cell as text, trimmed; "" for a blank cell. Whole numbers lose no digits and gain no exponent.</summary>
    public static string Text(IXLCell cell)
    {
        switch (cell.DataType)
        {
            case XLDataType.Number:
                var number = cell.GetDouble();
                return number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            case XLDataType.Boolean:
                return cell.GetBoolean() ? "TRUE" : "FALSE";
            case XLDataType.DateTime:
                return cell.GetDateTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            default:
                return cell.GetString().Trim();
        }
    }

    public static bool? Vip(IXLCell cell, out UserMessage? error)
    {
        error = null;
        if (cell.DataType == XLDataType.Boolean) return cell.GetBoolean();
        var text = Text(cell);
        if (text.Length == 0) return false;
        if (VipWords.TryGetValue(text, out var vip)) return vip;
        error = UserMessage.Of($"\"{text}\" is not a VIP value: use yes/no, true/false, 是/否 or 1/0");
        return null;
    }

    /// <summary>A date in the center's time zone, returned in UTC; null for a blank cell or (with an error) an unreadable one.</summary>
    public static DateTime? Date(IXLCell cell, TimeZoneInfo zone, out UserMessage? error)
    {
        error = null;
        DateTime local;
        if (cell.DataType == XLDataType.DateTime) local = cell.GetDateTime();
        else if (cell.DataType == XLDataType.Number) local = DateTime.FromOADate(cell.GetDouble());
        else
        {
            var text = Text(cell);
            if (text.Length == 0) return null;
            if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out local))
            {
                error = UserMessage.Of($"\"{text}\" is not a date: use an Excel date or yyyy-MM-dd HH:mm:ss");
                return null;
            }
        }
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            error = UserMessage.Of($"{local:yyyy-MM-dd HH:mm:ss} does not exist in time zone {zone.Id} (daylight-saving change)");
            return null;
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
