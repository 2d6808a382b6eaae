using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Keeps named results on the call's record (<c>attributes</c> in <c>GET /api/v1/calls</c>), e.g. a survey score or
/// poll answers, for reports to group and filter by. Values are text and may be templates (<c>{{ survey_score }}</c>);
/// a name set again replaces its value. Works in a sub-flow (the survey after a transfer) on the call that runs it.
/// </summary>
[Activity("Call", "Set call attributes", "Keeps named values (e.g. a survey score) on the call record, for reports.",
    CategoryZh = "通话", DisplayNameZh = "设置通话属性", DescriptionZh = "把命名的值（如满意度评分）保存到通话记录，供报表统计。", Icon = "label")]
public sealed class SetCallAttributes : Activity
{
    /// <summary>Longest attribute name and value kept (longer values are cut: a call record is not a document store).</summary>
    public const int MaxNameLength = 64;
    public const int MaxValueLength = 1024;

    private (string Name, string? Literal, CompiledScript? Script)[] _attributes = [];

    [Input(DisplayName = "Attributes", DisplayNameZh = "属性", Editor = InputEditor.KeyValueList, SupportsExpressions = false, Required = true,
        Description = "Attribute name and its value: text or a template such as {{ survey_score }}.",
        DescriptionZh = "属性名及其值：文本或模板，如 {{ survey_score }}。")]
    public Input<Dictionary<string, string>> Attributes { get; set; } = new([]);

    public override IEnumerable<(string Property, string Message)> Compile(ExpressionEngine expressions)
    {
        var attributes = new List<(string, string?, CompiledScript?)>();
        if (Attributes.Literal.Count == 0) yield return ("attributes", "no attribute to set");
        foreach (var (name, value) in Attributes.Literal)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            {
                yield return ("attributes", $"attribute name '{name}' must be 1–{MaxNameLength} characters");
                continue;
            }
            if (!ExpressionEngine.IsTemplate(value ?? "")) { attributes.Add((name, value ?? "", null)); continue; }
            var compiled = expressions.Compile(value!, ScriptKind.Template);
            if (compiled.Success) attributes.Add((name, null, compiled.Script));
            else yield return ("attributes", $"attribute '{name}': template error: {string.Join("; ", compiled.Errors)}");
        }
        _attributes = [.. attributes];
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var trace = context.Services.GetRequiredService<CallSessions>().TraceOf(context)
            ?? throw new NoLiveCallException("call attributes need the call this flow serves (it was not started by a call, or the call is over)");
        foreach (var (name, literal, script) in _attributes)
        {
            var value = script is null ? literal! : context.Evaluate<string?>(script, "attributes") ?? "";
            trace.Attribute(name, value.Length > MaxValueLength ? value[..MaxValueLength] : value);
        }
        return new(ActivityResult.Done);
    }
}
