namespace CallCenter.Domain.Reports.Rollups;

/// <summary>A row of an hourly report table: its hour, and how another part of the same hour and key is added to it.</summary>
public interface IHourlyRow<in TSelf>
{
    /// <summary>The hour's first instant, UTC.</summary>
    DateTime HourUtc { get; }

    /// <summary>Adds the counts of <paramref name="other"/> (same hour and key).</summary>
    void Add(TSelf other);
}
