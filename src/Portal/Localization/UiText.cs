namespace CallCenter.Portal.Localization;

/// <summary>The portal's UI texts: <c>UiText.resx</c> (English) and <c>UiText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;UiText&gt;</c>.</summary>
public sealed class UiText;
