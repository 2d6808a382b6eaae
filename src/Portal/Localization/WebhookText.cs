namespace CallCenter.Portal.Localization;

/// <summary>The webhooks admin page's texts (/admin/webhooks): <c>WebhookText.resx</c> (English) and <c>WebhookText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;WebhookText&gt;</c>.</summary>
public sealed class WebhookText;
