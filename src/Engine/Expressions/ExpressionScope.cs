using Scriban.Runtime;

namespace CallCenter.Engine.Expressions;

/// <summary>
/// The object model scripts see: every workflow variable by name, <c>input</c> (what resumed the
/// activity), <c>now</c> and <c>date.now</c> (wall time in the engine's time zone) and <c>workflow</c> (id, instance_id,
/// version, correlation_id). One scope serves a whole run; variable writes update it in place.
/// </summary>
public sealed class ExpressionScope
{
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal) { "input", "now", "workflow" };

    private readonly Dictionary<string, object?> _variables;
    private readonly Func<DateTime> _now;
    private readonly ScriptObject _workflow;
    private ScriptObject? _globals;
    private object? _input;

    public ExpressionScope(Dictionary<string, object?> variables, ScriptObject workflow, Func<DateTime> now)
    {
        _variables = variables;
        _workflow = workflow;
        _now = now;
    }

    public object? Input
    {
        get => _input;
        set
        {
            _input = value;
            _globals?.SetValue("input", value, false);
        }
    }

    public void SetVariable(string name, object? value) => _globals?.SetValue(name, value, false);

    /// <summary>The globals for the next evaluation (built once per run, <c>now</c> refreshed each time).</summary>
    public ScriptObject Globals
    {
        get
        {
            if (_globals is null)
            {
                _globals = new ScriptObject(_variables.Count + 3);
                foreach (var (name, value) in _variables) _globals.SetValue(name, value, false);
                _globals.SetValue("input", _input, false);
                _globals.SetValue("workflow", _workflow, true);
                // A function, so the clock is read only by scripts that use it.
                _globals.Import("now", _now);
                // Scriban's own date.now is the host's DateTime.Now: it must be the engine's clock in the center zone too
                // (a simulated run's time of day, a test's fake clock).
                // (ScriptObject.Import does not replace a member of DateTimeFunctions; SetValue does.)
                var date = new Scriban.Functions.DateTimeFunctions();
                date.SetValue("now", DynamicCustomFunction.Create(_now.Target, _now.Method), true);
                _globals.SetValue("date", date, true);
            }
            return _globals;
        }
    }
}
