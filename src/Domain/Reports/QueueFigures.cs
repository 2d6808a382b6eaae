namespace CallCenter.Domain.Reports;

/// <summary>One queue's counts from one part of a period (hourly rows or log lines), added up per queue by <see cref="QueueReport"/>.</summary>
internal sealed record QueueFigures(string Queue, int Joined, int Full, int Answered, int Abandoned, int Overflowed,
    int AnsweredWithin, int AbandonedWithin, double AnsweredWait, double Longest)
{
    public QueueFigures Plus(QueueFigures other) => new(Queue, Joined + other.Joined, Full + other.Full, Answered + other.Answered,
        Abandoned + other.Abandoned, Overflowed + other.Overflowed, AnsweredWithin + other.AnsweredWithin,
        AbandonedWithin + other.AbandonedWithin, AnsweredWait + other.AnsweredWait, Math.Max(Longest, other.Longest));
}
