using CallCenter.Domain.Reports;
using CallCenter.Portal.Reports;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Portal.Components.Reports;

/// <summary>
/// What every report page shares: its filters live in the address (<see cref="ReportQueryString"/>), so Run changes the
/// address, a bookmark or a drill-down link opens the same figures, and the Excel link carries the same filters. The page
/// runs its report (<see cref="LoadAsync"/>) whenever the address's query changes.
/// </summary>
public abstract class ReportPageBase : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [Inject] protected ReportSource Source { get; set; } = null!;

    // The query values (any change re-runs the report); read together through ReportQueryString.
    [SupplyParameterFromQuery(Name = "from")] public string? QueryFrom { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? QueryTo { get; set; }
    [SupplyParameterFromQuery(Name = "queue")] public string? QueryQueue { get; set; }
    [SupplyParameterFromQuery(Name = "agent")] public string? QueryAgent { get; set; }
    [SupplyParameterFromQuery(Name = "group")] public string? QueryGroup { get; set; }
    [SupplyParameterFromQuery(Name = "number")] public string? QueryNumber { get; set; }
    [SupplyParameterFromQuery(Name = "flow")] public string? QueryFlow { get; set; }
    [SupplyParameterFromQuery(Name = "granularity")] public string? QueryGranularity { get; set; }
    [SupplyParameterFromQuery(Name = "key")] public string? QueryKey { get; set; }
    [SupplyParameterFromQuery(Name = "hour")] public string? QueryHour { get; set; }
    [SupplyParameterFromQuery(Name = "localFrom")] public string? QueryLocalFrom { get; set; }
    [SupplyParameterFromQuery(Name = "localTo")] public string? QueryLocalTo { get; set; }
    [SupplyParameterFromQuery(Name = "answered")] public string? QueryAnswered { get; set; }
    [SupplyParameterFromQuery(Name = "caller")] public string? QueryCaller { get; set; }
    [SupplyParameterFromQuery(Name = "side")] public string? QuerySide { get; set; }
    [SupplyParameterFromQuery(Name = "events")] public string? QueryEvents { get; set; }
    [SupplyParameterFromQuery(Name = "minWait")] public string? QueryMinWait { get; set; }
    [SupplyParameterFromQuery(Name = "waitBelow")] public string? QueryWaitBelow { get; set; }
    [SupplyParameterFromQuery(Name = "waitAtMost")] public string? QueryWaitAtMost { get; set; }

    /// <summary>The report's name: its address <c>/reports/{Name}</c> and download <c>/reports/{Name}.xlsx</c>.</summary>
    protected abstract string Name { get; }

    protected ReportFilter Filter { get; private set; } = new(DateOnly.MinValue, DateOnly.MinValue);

    protected bool Loading { get; private set; } = true;

    /// <summary>Extra query pairs of this page (e.g. the traffic report's time unit).</summary>
    protected virtual (string Key, string? Value)[] Options => [];

    protected virtual string ExcelHref => $"/reports/{Name}.xlsx?{ReportQueryString.Of(Filter, Options)}";

    /// <summary>"Subscribe": the subscription form with this page's filters; null when the report cannot be mailed.</summary>
    protected string? SubscribeHref => SubscribableReports.NewHref(Name, Filter, Options);

    /// <summary>The query's values by key, for pages that read more than the filter.</summary>
    protected Func<string, string?> Query => ReportQueryString.Reader(Navigation.Uri);

    protected override async Task OnParametersSetAsync()
    {
        Filter = ReportQueryString.Filter(Query, Source.Today);
        Loading = true;
        // The prerendered page shows the filters and a progress bar; the report runs once, when the page is live.
        if (!RendererInfo.IsInteractive) return;
        await LoadAsync();
        Loading = false;
    }

    /// <summary>Runs the report for <see cref="Filter"/> (and the page's options).</summary>
    protected abstract Task LoadAsync();

    /// <summary>Shows <paramref name="filter"/>: a new address (the report runs from it), or runs again when it is the same.</summary>
    protected async Task RunAsync(ReportFilter filter)
    {
        var target = Navigation.ToAbsoluteUri($"/reports/{Name}?{ReportQueryString.Of(filter, Options)}");
        if (target.ToString() == Navigation.Uri)
        {
            Loading = true;
            await LoadAsync();
            Loading = false;
            return;
        }
        Navigation.NavigateTo(target.ToString());
    }

    /// <summary>Changes one of <see cref="Options"/> (already updated by the page) and re-runs with the filter shown.</summary>
    protected Task OptionChangedAsync() => RunAsync(Filter);
}
