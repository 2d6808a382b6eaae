namespace CallCenter.Portal.Localization;

/// <summary>The flow designer pages' texts (/designer, /designer/{id}): <c>DesignerText.resx</c> (English) and <c>DesignerText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;DesignerText&gt;</c>.</summary>
public sealed class DesignerText;
