using System.Globalization;
using CallCenter.Activities.Calls.Simulation;
using CallCenter.Designer.Simulation;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Simulation;
using CallCenter.Portal.Components.Admin;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Portal.Designer.Simulation;

/// <summary>
/// One simulated call for the designer: a <see cref="SimulatedCall"/> run through <see cref="CallSimulator"/> on a
/// background task, watched as the engine's <see cref="IFlowSimulation"/> (steps, variables, choices) and the call's
/// events (answer, prompts — kept as WAV in <see cref="SimulationAudio"/> —, keys, hang-up), gathered into the
/// <see cref="SimulationState"/> the panel shows.
/// </summary>
public sealed class SimulationRun : ISimulationRun, IFlowSimulation
{
    private readonly Lock _sync = new();
    private readonly SimulatedCall _call;
    private readonly SimulationAudio _audio;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _id = Guid.CreateVersion7().ToString("N");
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal); // instance → index of its running step
    private readonly List<SimulationLine> _lines = [];
    private readonly List<SimulationStep> _steps = [];
    private SimulationState _state = SimulationState.Starting;
    private SimulationStep? _current;
    private IReadOnlyList<KeyValuePair<string, string>> _variables = [];
    private (SimulationChoice Choice, TaskCompletionSource<string> Answer)? _choice;
    private string? _rootInstance, _error;
    private bool _ended;
    private int _promptsSeen, _audioCount;
    private Task _run = Task.CompletedTask;

    private SimulationRun(SimulationSetup setup, SimulationAudio audio, TimeProvider time, TimeProvider? clock, ILogger logger)
    {
        _audio = audio;
        _time = time;
        _logger = logger;
        Clock = clock;
        _call = new SimulatedCall(setup.Caller, setup.Called, time);
        _call.Answered += _ => Add(new SimulationLine(SimulationLineKind.Answered, "", Now));
        _call.Playing += OnPlaying;
        _call.DigitReceived += (_, key) => Add(new SimulationLine(SimulationLineKind.Key, key.ToString(), Now));
        _call.HungUp += (_, info) => Add(new SimulationLine(SimulationLineKind.Ended, info.Cause, Now));
    }

    public SimulationState State => Volatile.Read(ref _state);

    public TimeProvider? Clock { get; }

    public event Action? Changed;

    private DateTimeOffset Now => (Clock ?? _time).GetUtcNow();

    /// <summary>Starts the call on a background task and returns at once.</summary>
    public static SimulationRun Start(WorkflowDefinition definition, SimulationSetup setup, CallSimulator simulator, SimulationAudio audio,
        TimeProvider time, TimeZoneInfo zone, ILogger logger)
    {
        var clock = setup.Date is null && setup.TimeOfDay is null ? null : ShiftedClock.ShowingLocal(time, zone, setup.Date, setup.TimeOfDay);
        var run = new SimulationRun(setup, audio, time, clock, logger);
        var at = TimeZoneInfo.ConvertTime(run.Now, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        run.Add(new SimulationLine(SimulationLineKind.Started, $"{setup.Caller} → {setup.Called} · {at}", run.Now));
        run._run = Task.Run(() => run.RunAsync(definition, simulator));
        return run;
    }

    private async Task RunAsync(WorkflowDefinition definition, CallSimulator simulator)
    {
        try
        {
            var result = await simulator.RunAsync(definition, _call, this).ConfigureAwait(false);
            if (result.Outcome == RunOutcome.NotFound) Fail(result.Message ?? "the flow could not start");
            else if (result.Instance?.FaultMessage is { } fault) Fail(fault);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Simulated call {CallId} failed", _call.Id);
            Fail(ex.Message);
        }
        finally
        {
            lock (_sync)
            {
                _ended = true;
                _current = null;
                _choice = null;
            }
            Publish();
        }
    }

    public void Press(char key) => _call.Press(key);

    public void SkipPrompt() => _call.SkipPrompt();

    public void HangUp() => _call.HangUpAsCaller();

    public void Choose(string outcome)
    {
        TaskCompletionSource<string>? answer;
        lock (_sync)
        {
            if (_choice is not { } waiting || !waiting.Choice.Outcomes.Contains(outcome)) return;
            answer = waiting.Answer;
            _choice = null;
        }
        answer.TrySetResult(outcome);
    }

    public void StepStarted(SimulatedStep step)
    {
        lock (_sync)
        {
            _rootInstance ??= step.InstanceId;
            _current = new SimulationStep(step.DefinitionId, step.ActivityId, step.ActivityType, null, Now);
            _running[step.InstanceId] = _steps.Count;
            _steps.Add(_current);
        }
        Publish();
    }

    public void StepEnded(JournalEntry entry, IReadOnlyDictionary<string, object?> variables)
    {
        lock (_sync)
        {
            if (_running.Remove(entry.InstanceId, out var index) && _steps[index].ActivityId == entry.ActivityId)
                _steps[index] = _steps[index] with { Outcome = entry.Outcome ?? "" };
            if (entry.InstanceId == _rootInstance) _variables = SimulationValues.Format(variables);
            if (entry.Error is { } error) _lines.Add(new SimulationLine(SimulationLineKind.Error, error, Now, ActivityId: entry.ActivityId));
        }
        Publish();
    }

    public async ValueTask<string> ChooseOutcomeAsync(SimulatedStep step, CancellationToken ct)
    {
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync) _choice = (new SimulationChoice(step.DefinitionId, step.ActivityId, step.ActivityType, step.Outcomes), answer);
        Publish();
        await using var cancel = ct.Register(() => answer.TrySetCanceled(ct));
        var outcome = await answer.Task.ConfigureAwait(false);
        Add(new SimulationLine(SimulationLineKind.Choice, outcome, Now, ActivityId: step.ActivityId));
        return outcome;
    }

    // The words (or library names) come from what the activity recorded just before playing; the audio is all the
    // prompts of this play joined into one file.
    private void OnPlaying(SimulatedCall call, IReadOnlyList<AudioPrompt> prompts)
    {
        string text, activity;
        int index;
        lock (_sync)
        {
            var fresh = call.Trace?.PromptsFrom(_promptsSeen) ?? [];
            _promptsSeen += fresh.Count;
            text = fresh.Count > 0 ? string.Join(" / ", fresh.Select(p => p.Text ?? "♪ " + p.Name)) : string.Join(" / ", prompts.Select(p => p.Name));
            activity = fresh.Count > 0 ? fresh[^1].ActivityId : _current?.ActivityId ?? "";
            index = _audioCount++;
        }
        var url = _audio.Put(_id, index, PromptWav.From(Joined(prompts))) ? $"/designer/simulations/{_id}/audio/{index}" : null;
        Add(new SimulationLine(SimulationLineKind.Prompt, text, Now, url, activity));
    }

    private static AudioPrompt Joined(IReadOnlyList<AudioPrompt> prompts)
    {
        if (prompts.Count == 1) return prompts[0];
        var samples = new short[prompts.Sum(p => p.SampleCount)];
        var at = 0;
        foreach (var prompt in prompts)
        {
            prompt.Samples[..prompt.SampleCount].CopyTo(samples.AsSpan(at));
            at += prompt.SampleCount;
        }
        return new AudioPrompt(samples, "simulation");
    }

    private void Fail(string message)
    {
        lock (_sync) _error = message;
        Add(new SimulationLine(SimulationLineKind.Error, message, Now));
    }

    private void Add(SimulationLine line)
    {
        lock (_sync) _lines.Add(line);
        Publish();
    }

    private void Publish()
    {
        lock (_sync)
            Volatile.Write(ref _state, new SimulationState([.. _lines], [.. _steps], _current, _variables, _choice?.Choice, _ended, _error));
        Changed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        if (_call.State != CallSessionState.Ended) _call.HangUpAsCaller();
        try
        {
            await _run.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Simulated call {CallId} did not end within 10 s of its hang-up", _call.Id);
        }
        _audio.Forget(_id);
        _call.Dispose();
    }
}
