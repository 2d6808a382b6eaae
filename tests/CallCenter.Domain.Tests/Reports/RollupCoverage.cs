namespace CallCenter.Domain.Tests.Reports;

/// <summary>How much of <see cref="ReportDataset"/> the report scenarios fold into the hourly tables before they run.</summary>
public enum RollupCoverage
{
    /// <summary>Nothing: the reports read the source tables alone.</summary>
    None,

    /// <summary>One batch of three rows per source: the reports add the hourly rows and the rows after the mark.</summary>
    Part,

    /// <summary>Every row.</summary>
    All,
}
