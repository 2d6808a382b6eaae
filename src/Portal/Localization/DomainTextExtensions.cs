using System.Globalization;
using CallCenter.Domain.Texts;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Localization;

/// <summary>Shows a <see cref="UserMessage"/> in the current UI culture.</summary>
public static class DomainTextExtensions
{
    /// <summary>The message in the user's language (English when it has no translation); "" for none.</summary>
    public static string Text(this IStringLocalizer<DomainText> localizer, UserMessage? message) =>
        message?.ToString(key => localizer[key] is { ResourceNotFound: false } found ? found.Value : null, CultureInfo.CurrentCulture) ?? "";
}
