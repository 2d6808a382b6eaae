using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>
/// Browser events raised the way that waits for the handler to finish: MudBlazor's handlers are async, and bUnit's
/// synchronous Click/Input/Change return before an awaiting handler is done, so a test would read a state not yet reached.
/// </summary>
internal static class UiEvents
{
    public static Task TypeAsync(this IElement element, string text) => element.InputAsync(new ChangeEventArgs { Value = text });

    public static Task ChangeToAsync(this IElement element, object value) => element.ChangeAsync(new ChangeEventArgs { Value = value });

    public static Task ClickAsync(this IElement element) => element.ClickAsync(new MouseEventArgs());

    public static Task PressAsync(this IElement element, string key) => element.KeyDownAsync(new KeyboardEventArgs { Key = key });
}
