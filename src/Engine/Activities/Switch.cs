using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;

namespace CallCenter.Engine.Activities;

/// <summary>Takes the outcome of the first case whose condition holds, else Default.</summary>
[Activity("Flow", "Switch", "Takes the first case whose condition holds, else Default.", CategoryZh = "流程", DisplayNameZh = "多路分支", DescriptionZh = "走第一个条件成立的分支，否则走“默认”。", Icon = "alt_route")]
[Outcomes(DefaultOutcome)] // the fixed port, optional; each case's port must be connected to publish
public sealed class Switch : Activity
{
    public const string DefaultOutcome = "Default";
    private CompiledScript[] _conditions = [];

    [Input(DisplayName = "Cases", DisplayNameZh = "分支", Required = true, Editor = InputEditor.KeyValueList, SupportsExpressions = false,
        Description = "Outcome name and condition, checked in order.", DescriptionZh = "分支名与条件，按顺序判断。")]
    public Input<List<SwitchCase>> Cases { get; set; } = new([]);

    public override IReadOnlyList<string>? GetDynamicOutcomes()
    {
        var outcomes = new List<string>(Cases.Literal.Count + 1);
        foreach (var c in Cases.Literal) outcomes.Add(c.Outcome);
        outcomes.Add(DefaultOutcome);
        return outcomes;
    }

    public override IEnumerable<(string Property, string Message)> Compile(ExpressionEngine expressions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new List<CompiledScript>();
        foreach (var c in Cases.Literal)
        {
            if (string.IsNullOrWhiteSpace(c.Outcome)) yield return ("cases", "a case has no outcome name");
            else if (!names.Add(c.Outcome) || c.Outcome == DefaultOutcome) yield return ("cases", $"the case '{c.Outcome}' appears twice");
            var result = expressions.Compile(c.Condition ?? "", ScriptKind.Expression);
            if (result.Success) compiled.Add(result.Script!);
            else yield return ("cases", $"case '{c.Outcome}': expression error: {string.Join("; ", result.Errors)}");
        }
        _conditions = [.. compiled];
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var cases = Cases.Literal;
        for (var i = 0; i < _conditions.Length; i++)
        {
            if (context.Evaluate<bool>(_conditions[i], "cases")) return new(ActivityResult.FromOutcome(cases[i].Outcome));
        }
        return new(ActivityResult.FromOutcome(DefaultOutcome));
    }
}
