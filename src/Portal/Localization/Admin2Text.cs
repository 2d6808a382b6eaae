namespace CallCenter.Portal.Localization;

/// <summary>
/// The texts of the customers page and the administration pages for prompts, calendars, routes, lists and settings:
/// <c>Admin2Text.resx</c> (English) and <c>Admin2Text.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;Admin2Text&gt;</c>.
/// </summary>
public sealed class Admin2Text;
