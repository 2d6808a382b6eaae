using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Portal.Components.Live;

/// <summary>
/// A component re-rendered by events from other threads (CTI, the ACD, messages). Blazor runs such a callback on the
/// caller's thread, in the caller's culture; <see cref="InvokeInCultureAsync(Action)"/> renders in the user's language
/// instead (the culture the component was created in, from the user's request).
/// </summary>
public abstract class LiveComponent : ComponentBase
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected Task InvokeInCultureAsync(Action work) => InvokeAsync(() =>
    {
        using var _ = InCulture();
        work();
    });

    protected Task InvokeInCultureAsync(Func<Task> work) => InvokeAsync(async () =>
    {
        using var _ = InCulture();
        await work();
    });

    private CultureScope InCulture() => new(_culture, _uiCulture);

    private readonly struct CultureScope : IDisposable
    {
        private readonly CultureInfo _previous;
        private readonly CultureInfo _previousUi;

        public CultureScope(CultureInfo culture, CultureInfo uiCulture)
        {
            (_previous, _previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_previous, _previousUi);
    }
}
