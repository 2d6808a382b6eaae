using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Texts;
using MimeKit;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// The rules of a report subscription, checked before it is saved: a report that can be mailed, one to
/// <see cref="ReportScheduleOptions.MaxRecipients"/> valid mail addresses, a day of month every month has (1–28), a known
/// language, filters of sensible length. Cleans the input as it goes (trims, drops blanks and duplicate addresses).
/// </summary>
public static class ReportSubscriptionValidator
{
    /// <summary>Longest filter value accepted (queue, agent, group, number, flow).</summary>
    public const int MaxFilterLength = 100;

    /// <summary>The languages a mail can be written in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    public static FieldMessages Validate(ReportSubscription s, int maxRecipients)
    {
        var errors = new FieldMessages();
        s.Report = (s.Report ?? "").Trim();
        if (!ReportSheets.Names.Contains(s.Report)) errors.Add("report", "Choose a report that can be mailed.");
        s.Queue = Clean(s.Queue, "queue", errors);
        s.Agent = Clean(s.Agent, "agent", errors);
        s.Group = Clean(s.Group, "group", errors);
        s.Number = Clean(s.Number, "number", errors);
        s.Flow = Clean(s.Flow, "flow", errors);
        s.Options = string.IsNullOrWhiteSpace(s.Options) ? null : s.Options.Trim();
        if (s.Options is { Length: > 500 }) errors.Add("options", "The report options are too long.");
        if (!Enum.IsDefined(s.Frequency)) errors.Add("frequency", "Choose daily, weekly or monthly.");
        if (!Enum.IsDefined(s.DayOfWeek)) errors.Add("dayOfWeek", "Choose a weekday.");
        if (s.Frequency == ReportFrequency.Monthly && s.DayOfMonth is < 1 or > 28)
            errors.Add("dayOfMonth", "Choose a day from 1 to 28, so that every month has it.");
        s.TimeOfDay = new TimeOnly(s.TimeOfDay.Hour, s.TimeOfDay.Minute);
        s.Language = string.IsNullOrWhiteSpace(s.Language) ? null : s.Language.Trim();
        if (s.Language is not null && !Languages.Contains(s.Language)) errors.Add("language", "Choose Chinese or English.");
        s.Owner = (s.Owner ?? "").Trim();
        if (s.Owner.Length == 0) errors.Add("owner", "A subscription needs the user it belongs to.");
        ValidateRecipients(s, maxRecipients, errors);
        return errors;
    }

    private static void ValidateRecipients(ReportSubscription s, int maxRecipients, FieldMessages errors)
    {
        var recipients = new List<string>();
        foreach (var raw in s.Recipients ?? [])
        {
            var address = raw?.Trim() ?? "";
            if (address.Length == 0) continue;
            if (!IsMailAddress(address)) errors.Add("recipients", UserMessage.Of($"{address} is not a mail address."));
            else if (!recipients.Contains(address, StringComparer.OrdinalIgnoreCase)) recipients.Add(address);
        }
        s.Recipients = recipients;
        if (recipients.Count == 0 && !errors.Has("recipients")) errors.Add("recipients", "Enter at least one mail address.");
        if (recipients.Count > maxRecipients) errors.Add("recipients", UserMessage.Of($"At most {maxRecipients} mail addresses."));
    }

    /// <summary>A bare address (<c>name@example.com</c>): one mailbox, no display name, a domain after the @.</summary>
    public static bool IsMailAddress(string text) =>
        text.Length <= 254 && !text.Any(char.IsWhiteSpace) && !text.Contains(',') && !text.Contains(';')
        && MailboxAddress.TryParse(text, out var mailbox) && mailbox.Name is null or ""
        && mailbox.Address == text && mailbox.Domain is { Length: > 0 } domain && !domain.StartsWith('.') && !domain.EndsWith('.');

    /// <summary>Splits what a user typed (one address per line, or separated by commas, semicolons or spaces).</summary>
    public static List<string> SplitRecipients(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Clean(string? value, string field, FieldMessages errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length > MaxFilterLength) errors.Add(field, UserMessage.Of($"At most {MaxFilterLength} characters."));
        return value;
    }
}
