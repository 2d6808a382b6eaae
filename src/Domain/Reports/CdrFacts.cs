using System.Linq.Expressions;
using CallCenter.Domain.Calls;

namespace CallCenter.Domain.Reports;

/// <summary>
/// A call record reduced to what traffic groups on, projected in SQL: local start (UTC + offset), the number it is
/// counted under, answered or not, and talk seconds. SQLite cannot subtract two times in EF's translation, but it
/// translates <c>DateTime.Ticks</c> (through julianday), so the talk expression differs per provider.
/// </summary>
internal sealed class CdrFacts
{
    public DateTime Local { get; init; }
    public string Key { get; init; } = "";
    public bool Answered { get; init; }
    public double Talk { get; init; }

    public static Expression<Func<CallDetailRecord, CdrFacts>> Projection(bool sqlite, double offsetSeconds, bool keyByCaller) => (sqlite, keyByCaller) switch
    {
        (true, false) => c => new CdrFacts { Local = c.StartedAt.AddSeconds(offsetSeconds), Key = c.To, Answered = c.AnsweredAt != null, Talk = c.AnsweredAt == null ? 0 : (c.EndedAt.Ticks - c.AnsweredAt.Value.Ticks) / 10_000_000.0 },
        (true, true) => c => new CdrFacts { Local = c.StartedAt.AddSeconds(offsetSeconds), Key = c.From, Answered = c.AnsweredAt != null, Talk = c.AnsweredAt == null ? 0 : (c.EndedAt.Ticks - c.AnsweredAt.Value.Ticks) / 10_000_000.0 },
        (false, false) => c => new CdrFacts { Local = c.StartedAt.AddSeconds(offsetSeconds), Key = c.To, Answered = c.AnsweredAt != null, Talk = c.AnsweredAt == null ? 0 : (c.EndedAt - c.AnsweredAt.Value).TotalSeconds },
        (false, true) => c => new CdrFacts { Local = c.StartedAt.AddSeconds(offsetSeconds), Key = c.From, Answered = c.AnsweredAt != null, Talk = c.AnsweredAt == null ? 0 : (c.EndedAt - c.AnsweredAt.Value).TotalSeconds },
    };
}
