namespace CallCenter.Portal.Localization;

/// <summary>The report filter pickers' texts (<c>Components/Reports/Filters</c>): <c>ReportPickerText.resx</c> (English) and <c>ReportPickerText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;ReportPickerText&gt;</c>.</summary>
public sealed class ReportPickerText;
