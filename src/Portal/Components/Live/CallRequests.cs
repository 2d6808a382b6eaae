using CallCenter.Activities.Acd;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCenter.Portal.Components.Live;

/// <summary>
/// Sends a call-control request from a page (the agent's buttons, the supervisor's actions) and tells the user how it
/// went: the call's answer in their language, or that it did not answer in time.
/// </summary>
public static class CallRequests
{
    /// <summary>How long a page waits for the call to carry a request out (a transfer rings the target first).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    /// <summary>True when the call carried the request out.</summary>
    public static async Task<bool> SendAsync(LiveCall call, CallControlRequest request, ISnackbar snackbar,
        IStringLocalizer<DomainText> domainText, IStringLocalizer<UiText> uiText)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            var result = await call.RequestAsync(request, patience.Token);
            snackbar.Add(domainText.Text(result.Reason), result.Succeeded ? Severity.Success : Severity.Warning);
            return result.Succeeded;
        }
        catch (OperationCanceledException)
        {
            snackbar.Add(uiText["Call.TimedOut"], Severity.Error);
            return false;
        }
    }
}
