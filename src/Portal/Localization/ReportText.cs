namespace CallCenter.Portal.Localization;

/// <summary>The report pages' texts (<c>/reports…</c>): <c>ReportText.resx</c> (English) and <c>ReportText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;ReportText&gt;</c>.</summary>
public sealed class ReportText;
