namespace CallCenter.Designer.Localization;

/// <summary>The canvas and editor texts: <c>CanvasText.resx</c> (English) and <c>CanvasText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;CanvasText&gt;</c>.</summary>
public sealed class CanvasText;
