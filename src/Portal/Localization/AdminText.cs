namespace CallCenter.Portal.Localization;

/// <summary>The administration pages' texts (agents, queues, users, extensions, API keys): <c>AdminText.resx</c> (English) and <c>AdminText.zh-CN.resx</c> (简体中文), read through <c>IStringLocalizer&lt;AdminText&gt;</c>.</summary>
public sealed class AdminText;
