using System.Globalization;
using CallCenter.Domain.Acd;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The words of a waiting caller's periodic announcement — position and/or estimated wait — in Chinese (<c>zh</c>) or
/// English (<c>en</c>), e.g. “您前面还有2位，预计等待3分钟。” / “You are number 3 in the queue. Your estimated wait is 3 minutes.”
/// The wait is rounded up to whole minutes (“不到1分钟” / “less than a minute” below one).
/// </summary>
public static class QueueAnnouncement
{
    /// <summary>The text, or null when there is nothing to say (neither part asked for, or unknown).</summary>
    public static string? Text(CallPosition position, bool announcePosition, bool announceWait, string language)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var parts = new List<string>(2);
        if (announcePosition && position.Position > 0)
            parts.Add(english
                ? string.Create(CultureInfo.InvariantCulture, $"You are number {position.Position} in the queue.")
                : position.Position == 1 ? "您是下一位。" : string.Create(CultureInfo.InvariantCulture, $"您前面还有{position.Position - 1}位。"));
        if (announceWait && position.EstimatedWait is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            parts.Add(english
                ? wait < TimeSpan.FromMinutes(1) ? "Your estimated wait is less than a minute."
                    : string.Create(CultureInfo.InvariantCulture, $"Your estimated wait is {minutes} minute{(minutes == 1 ? "" : "s")}.")
                : wait < TimeSpan.FromMinutes(1) ? "预计等待不到1分钟。" : string.Create(CultureInfo.InvariantCulture, $"预计等待{minutes}分钟。"));
        }
        if (parts.Count == 0) return null;
        return english ? string.Join(' ', parts) : string.Concat(parts) + "请耐心等候。";
    }
}
