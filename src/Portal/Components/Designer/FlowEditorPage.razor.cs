using CallCenter.Designer;
using CallCenter.Designer.Editing;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Simulation;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Routing;
using CallCenter.Portal.Designer.Stats;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Validation;
using CallCenter.Portal.Components.Live;
using CallCenter.Portal.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Components.Designer;

/// <summary>
/// The editor page behind /designer/{id}: edits the latest version (a published one is never changed: the first save
/// makes the next version number the draft), saves 2 s after the last change, publishes after the engine's
/// validation passes, lists the history; <c>?version=N</c> shows an old version read-only.
/// </summary>
public sealed partial class FlowEditorPage : LiveComponent, IDisposable
{
    private static readonly TimeSpan AutoSaveDelay = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _writing = new(1, 1);
    private DesignerSession? _session;
    private FlowEditor? _editor;
    private ITimer? _autoSave;
    private (string Id, int? Version)? _shown;
    private bool _loaded, _readOnly, _dirty, _busy, _failed, _publishOpen, _historyOpen, _simulating;
    private string? _routedNumber;
    private (int Calls, int HungUp)? _stats;
    private int _changes;
    private int? _publishedVersion;
    private DateTimeOffset? _savedAt;
    private string? _message, _note;
    private ValidationResult _validation = new([]);
    private IReadOnlyList<ValidationError>? _refused;
    private IReadOnlyList<DefinitionVersion> _versions = [];

    [Parameter] public string Id { get; set; } = "";

    /// <summary>An old version to look at (read-only); none for the flow's latest version.</summary>
    [SupplyParameterFromQuery(Name = "version")] public int? Version { get; set; }

    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private IStringLocalizer<DesignerText> L { get; set; } = default!;
    [Inject] private IDefinitionStore Store { get; set; } = default!;
    [Inject] private IFlowSimulator Simulator { get; set; } = default!;
    [Inject] private InboundRouteStore Routes { get; set; } = default!;
    [Inject] private IvrNavigationReport NavigationReport { get; set; } = default!;
    [Inject] private WorkflowDefinitionService Definitions { get; set; } = default!;
    [Inject] private ActivityRegistry Registry { get; set; } = default!;
    [Inject] private WorkflowCompiler Compiler { get; set; } = default!;
    [Inject] private CenterTime CenterTime { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ILogger<FlowEditorPage> Logger { get; set; } = default!;

    private string VersionText
    {
        get
        {
            if (_session is null) return "";
            var shown = _session.Definition.Version;
            var state = _readOnly ? string.Format(L["Version.Old"], shown)
                : _session.Definition.IsPublished ? string.Format(L["Version.Published"], shown)
                : shown == 0 ? L["Version.New"] : string.Format(L["Version.Draft"], shown);
            return _publishedVersion is { } running && running != shown ? $"{state} · {string.Format(L["Version.Running"], running)}" : state;
        }
    }

    private string SavedText => _readOnly ? "" : _dirty ? L["Saved.Unsaved"] : _savedAt is { } at ? string.Format(L["Saved.At"], CenterTime.Format(at, "HH:mm:ss")) : "";

    protected override async Task OnParametersSetAsync()
    {
        // The canvas needs the live circuit: nothing is loaded while the page is prerendered.
        if (!RendererInfo.IsInteractive || _shown == (Id, Version)) return;
        _shown = (Id, Version);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        CancelAutoSave();
        _versions = await Store.ListVersionsAsync(Id);
        _publishedVersion = _versions.FirstOrDefault(v => v.IsPublished)?.Version;
        var number = Version ?? (_versions.Count == 0 ? 0 : _versions[0].Version);
        var definition = number == 0 ? null : await Store.FindAsync(Id, number);
        _readOnly = Version is not null;
        if (_session is not null) _session.Changed -= OnChanged;
        _session = definition is null ? null : new DesignerSession(definition, Registry, Compiler);
        if (_session is not null) _session.Changed += OnChanged;
        (_dirty, _savedAt, _refused) = (false, null, null);
        _validation = definition is null ? new([]) : await Definitions.ValidateAsync(definition);
        _loaded = true;
    }

    private void OnChanged(DesignerChange change)
    {
        if (_readOnly || !change.FlowChanged) return;
        _changes++;
        _dirty = true;
        // Live: the engine's checks as the admin draws (the prompt library is checked too at each save); a move changes
        // nothing they look at, so a drag does not compile the flow at every step.
        if (change.LogicChanged) _validation = Definitions.Validate(_session!.Definition);
        _autoSave?.Dispose();
        _autoSave = Time.CreateTimer(_ => _ = InvokeInCultureAsync(AutoSaveAsync), null, AutoSaveDelay, Timeout.InfiniteTimeSpan);
        StateHasChanged();
    }

    // Runs from a timer, so nothing would report a failure: it is logged and shown instead.
    private async Task AutoSaveAsync()
    {
        try
        {
            await SaveAsync(onlyIfChanged: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Auto-save of flow {FlowId} failed", Id);
            (_failed, _message) = (true, string.Format(L["Saved.Failed"], ex.Message));
        }
        StateHasChanged();
    }

    private void CancelAutoSave()
    {
        _autoSave?.Dispose();
        _autoSave = null;
    }

    private async Task<string> UserAsync() => (await Auth).User.Identity?.Name ?? "";

    // A copy taken on the circuit's thread: the store works on it while the admin goes on drawing.
    private async Task<WorkflowDefinition> SnapshotAsync(string? note)
    {
        var copy = WorkflowJson.Clone(_session!.Definition);
        copy.ChangedBy = await UserAsync();
        copy.Note = note;
        return copy;
    }

    /// <summary>Stores the drawing as the draft (the next version after a published one).</summary>
    private async Task SaveAsync(bool onlyIfChanged = false)
    {
        if (_session is null || _readOnly) return;
        await _writing.WaitAsync();
        try
        {
            // An auto-save that waited for a publish has nothing left to store (it would only copy the published version).
            if (onlyIfChanged && !_dirty) return;
            var changesSaved = _changes;
            var snapshot = await SnapshotAsync(note: null);
            var result = await Definitions.SaveDraftAsync(snapshot);
            (_session.Definition.Version, _session.Definition.IsPublished) = (result.Version, false);
            _savedAt = Time.GetUtcNow();
            _dirty = _changes != changesSaved;
            _validation = await Definitions.ValidateAsync(snapshot);
            _versions = await Store.ListVersionsAsync(Id);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task AskPublishAsync()
    {
        if (_session is null || _readOnly) return;
        var validation = await Definitions.ValidateAsync(_session.Definition);
        _validation = validation;
        _refused = validation.IsValid ? null : validation.Errors.ToList();
        _publishOpen = validation.IsValid;
    }

    private async Task PublishAsync()
    {
        if (_session is null || _readOnly) return;
        _busy = true;
        await _writing.WaitAsync();
        try
        {
            var changesPublished = _changes;
            var result = await Definitions.PublishAsync(await SnapshotAsync(string.IsNullOrWhiteSpace(_note) ? null : _note.Trim()));
            _publishOpen = false;
            _validation = result.Validation;
            if (!result.Success)
            {
                _refused = result.Validation.Errors.ToList();
                return;
            }
            (_session.Definition.Version, _session.Definition.IsPublished, _publishedVersion) = (result.Version, true, result.Version);
            (_refused, _note, _savedAt, _failed) = (null, null, Time.GetUtcNow(), false);
            _dirty = _changes != changesPublished;
            if (!_dirty) CancelAutoSave();
            _message = string.Format(L["Publish.Done"], result.Version);
            _versions = await Store.ListVersionsAsync(Id);
        }
        finally
        {
            _writing.Release();
            _busy = false;
        }
    }

    private async Task OpenHistoryAsync()
    {
        _versions = await Store.ListVersionsAsync(Id);
        _historyOpen = true;
    }

    private void OpenVersion(int version)
    {
        _historyOpen = false;
        Navigation.NavigateTo($"/designer/{Uri.EscapeDataString(Id)}?version={version}");
    }

    /// <summary>Makes an old version the draft again (stored as the next draft; the published version stays).</summary>
    private async Task RestoreAsync(int version)
    {
        _historyOpen = false;
        if (await Store.FindAsync(Id, version) is not { } old) return;
        old.ChangedBy = await UserAsync();
        old.Note = null;
        int restored;
        await _writing.WaitAsync();
        try
        {
            CancelAutoSave();
            restored = (await Definitions.SaveDraftAsync(old)).Version;
        }
        finally
        {
            _writing.Release();
        }
        (_failed, _message) = (false, string.Format(L["History.Restored"], version, restored));
        if (Version is null)
        {
            _shown = null;
            await OnParametersSetAsync();
        }
        else Navigation.NavigateTo($"/designer/{Uri.EscapeDataString(Id)}");
    }

    private string NameOf(string? nodeId) => _session is null || nodeId is null ? nodeId ?? "" : NodeNames.Of(nodeId, _session.Definition, Registry);

    private string Describe(ValidationError error) =>
        (error.ActivityId is null ? "" : $"{NameOf(error.ActivityId)}: ") + (error.Property is null ? "" : $"{error.Property} — ") + error.Message;

    /// <summary>A palette item picked by click or keyboard: placed to the right of the selected step (or at the top left).</summary>
    private void AddPicked(string type)
    {
        if (_session is null || _readOnly) return;
        var at = _session.SelectedNode?.Position is { } selected ? new Position(selected.X + 240, selected.Y) : new Position(60, 60 + 40 * (_session.Definition.Root.Activities.Count % 10));
        _session.AddActivity(type, at);
    }

    /// <summary>A setting edited in the property panel: typing in one field is one undo step.</summary>
    private void SetProperty(string nodeId, PropertyChange change)
    {
        if (_session is null || _readOnly) return;
        _session.SetProperty(nodeId, change.Name, change.Value, mergeKey: $"{nodeId}/{change.Name}");
    }

    // Today's calls through this flow (IVR navigation report): per node, how many entered and hung up there.
    private async Task ToggleStatsAsync()
    {
        _simulating = false;
        if (_stats is not null)
        {
            _stats = null;
            _editor?.ShowTrail(FlowTrail.Empty);
            return;
        }
        var today = CenterTime.Today(Time.GetUtcNow());
        var report = await NavigationReport.RunAsync(ReportFilter.ForPreset(ReportPreset.Today, today) with { Flow = Id });
        _stats = (report.Totals.Entered, report.Totals.LeftByHangup);
        _editor?.ShowTrail(NodeTrafficTrail.Of(report.Rows, Id, (entered, hungUp) => string.Format(L["Stats.Badge"], entered, hungUp)));
    }

    // The simulator takes the properties' place; the number dialled defaults to one routed to this flow.
    private async Task ToggleSimulator()
    {
        _stats = null;
        _simulating = !_simulating;
        if (!_simulating) _editor?.ShowTrail(FlowTrail.Empty);
        else _routedNumber ??= (await Routes.ListAsync()).Where(r => r.WorkflowDefinitionId == Id).Select(r => r.CalledNumber).FirstOrDefault();
    }

    private void ShowTrail(FlowTrail trail) => _editor?.ShowTrail(trail);

    private void Reveal(string? nodeId)
    {
        if (nodeId is not null) _editor?.Reveal(nodeId);
    }

    public void Dispose()
    {
        CancelAutoSave();
        if (_session is not null) _session.Changed -= OnChanged;
    }
}
