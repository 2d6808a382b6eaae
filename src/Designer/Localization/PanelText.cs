namespace CallCenter.Designer.Localization;

/// <summary>
/// The texts of the designer's palette, property panel and problem list: <c>PanelText.resx</c> (English) and
/// <c>PanelText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;PanelText&gt;</c>.
/// </summary>
public sealed class PanelText;
