using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CallCenter.Engine.Expressions;

/// <summary>
/// The object model scripts see: every workflow variable by name, <c>input</c> (what resumed the
/// activity), <c>now</c> and <c>date.now</c> (wall time in the engine's time zone) and <c>workflow</c> (id, instance_id,
/// version, correlation_id). One scope serves a whole run; variable writes update it in place.
/// </summary>
public sealed class ExpressionScope
{
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal) { "input", "now", "workflow" };

    // Not an identifier a script can write: where date.now finds the clock of the scope it runs in.
    private const string ClockKey = " clock";
    private static readonly ScriptVariableGlobal ClockVariable = new(ClockKey);

    // Scriban's date functions with now on the scope's clock: built once (a DateTimeFunctions costs ~70 µs to build),
    // shared read-only by every run (a script cannot change date.format for the others).
    private static readonly Scriban.Functions.DateTimeFunctions EngineDate = CreateEngineDate();

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
                // Scriban's own date.now is the host's DateTime.Now: it must read this scope's clock too (a variable named
                // date still hides the builtin, as before).
                _globals.SetValue(ClockKey, _now, true);
                if (!_variables.ContainsKey("date")) _globals.SetValue("date", EngineDate, false);
            }
            return _globals;
        }
    }

    private static Scriban.Functions.DateTimeFunctions CreateEngineDate()
    {
        var date = new Scriban.Functions.DateTimeFunctions();
        // SetValue, not Import: Import leaves a member of DateTimeFunctions as it was.
        date.SetValue("now", DynamicCustomFunction.Create(null, typeof(ExpressionScope).GetMethod(nameof(ScopeNow), BindingFlags.NonPublic | BindingFlags.Static)!), true);
        date.IsReadOnly = true;
        return date;
    }

    private static DateTime ScopeNow(TemplateContext context) =>
        context.GetValue(ClockVariable) is Func<DateTime> now ? now() : DateTime.Now;
}
