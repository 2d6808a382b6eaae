namespace CallCenter.Domain.Reports;

/// <summary>
/// One figure in three periods: this one, the one before it (环比) and the same dates a year earlier (同比); changes are
/// relative ((this − that) ÷ that), null when that is 0 or a figure is missing.
/// </summary>
public sealed record ComparisonRow(string Measure, string Label, double? Current, double? Previous, double? LastYear)
{
    public double? ChangeVsPrevious => Change(Current, Previous);

    public double? ChangeVsLastYear => Change(Current, LastYear);

    private static double? Change(double? now, double? then) => now is null || then is null || then == 0 ? null : (now - then) / then;
}
