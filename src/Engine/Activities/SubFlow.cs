using System.Text.Json;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Options;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter.Engine.Activities;

/// <summary>
/// Runs the latest published version of another flow (e.g. a shared main menu) as a child instance with the
/// given inputs and this instance's correlation id, and goes on when it ends: Finished → Done (chosen child
/// variables copied back), Cancelled → Cancelled, Faulted → an incident and the Error outcome.
/// </summary>
[Activity("Flow", "Sub-flow", "Runs another published flow and continues when it ends.", CategoryZh = "流程", DisplayNameZh = "子流程",
    DescriptionZh = "运行另一个已发布的流程（如公共主菜单），结束后继续。", Icon = "account_tree")]
[Outcomes("Done", CancelledOutcome)]
public sealed class SubFlow : Activity
{
    public const string BookmarkType = "SubFlow";
    public const string CancelledOutcome = "Cancelled";
    private (string Name, object? Literal, CompiledScript? Script)[] _inputs = [];

    [Input(DisplayName = "Flow", DisplayNameZh = "流程", Required = true, SupportsExpressions = false,
        Description = "Id of a published flow, e.g. main-menu.", DescriptionZh = "已发布流程的标识，例如 main-menu。")]
    public Input<string> Flow { get; set; } = new("");

    [Input(DisplayName = "Inputs", DisplayNameZh = "输入", Editor = InputEditor.KeyValueList, SupportsExpressions = false,
        Description = "Child variable and its value: a literal, a template such as {{ caller }}, or {\"expression\": …}.",
        DescriptionZh = "子流程变量及其值：字面值、模板（如 {{ caller }}）或表达式。")]
    public Input<Dictionary<string, object?>> Inputs { get; set; } = new([]);

    [Input(DisplayName = "Copy back", DisplayNameZh = "回传变量", Editor = InputEditor.KeyValueList, SupportsExpressions = false,
        Description = "This flow's variable and the child variable copied into it when the child finishes.",
        DescriptionZh = "本流程变量及子流程结束时复制给它的子流程变量。")]
    public Input<Dictionary<string, string>> Outputs { get; set; } = new([]);

    [Output(DisplayName = "Result", DisplayNameZh = "结果", Description = "All variables of the finished child.", DescriptionZh = "子流程结束时的全部变量。")]
    public Output<object?> Result { get; set; } = new();

    public override IEnumerable<(string Property, string Message)> Compile(ExpressionEngine expressions)
    {
        var inputs = new List<(string, object?, CompiledScript?)>();
        foreach (var (name, raw) in Inputs.Literal)
        {
            var value = raw is JsonElement json ? JsonValues.ToObject(json) : raw;
            var (source, kind) = value switch
            {
                string text when ExpressionEngine.IsTemplate(text) => (text, ScriptKind.Template),
                Dictionary<string, object?> { Count: 1 } map when map.GetValueOrDefault("expression") is string code => (code, ScriptKind.Expression),
                _ => ((string?)null, ScriptKind.Template),
            };
            if (source is null) { inputs.Add((name, value, null)); continue; }
            var compiled = expressions.Compile(source, kind);
            if (compiled.Success) inputs.Add((name, null, compiled.Script));
            else yield return ("inputs", $"input '{name}': {(kind == ScriptKind.Template ? "template" : "expression")} error: {string.Join("; ", compiled.Errors)}");
        }
        _inputs = [.. inputs];
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var runtime = context.Services.GetRequiredService<IWorkflowRuntime>() as WorkflowRuntime
            ?? throw new InvalidOperationException("SubFlow needs the engine's own WorkflowRuntime");
        var maxDepth = context.Services.GetRequiredService<IOptions<EngineOptions>>().Value.MaxSubFlowDepth;
        var link = SubFlowLink.ForChildOf(context.Instance);
        if ((long)link["depth"]! > maxDepth)
            throw new InvalidOperationException($"sub-flows nested deeper than {maxDepth} levels (does '{Flow.Literal}' call itself?)");
        var variables = new Dictionary<string, object?>(_inputs.Length + 1, StringComparer.Ordinal);
        foreach (var (name, literal, script) in _inputs)
            variables[name] = script is null ? literal : context.Evaluate<object?>(script, "inputs");
        variables[SubFlowLink.VariableName] = link;
        var childId = Guid.CreateVersion7().ToString("N");
        var options = new StartOptions(variables, context.CorrelationId, InstanceId: childId, Simulation: context.Simulation);
        var started = await runtime.StartChildAsync(Flow.Literal, options, context.CancellationToken).ConfigureAwait(false);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (started.Instance is null) throw new InvalidOperationException(started.Message ?? $"flow '{Flow.Literal}' did not start");
        // The child may end inside this run (no wait in it): go on at once, no bookmark.
        if (started.Instance.IsEnded) return Complete(context, SubFlowFollowUp.Completion(started.Instance));
        return ActivityResult.Suspend(new BookmarkRequest(BookmarkType, childId, Payload: Flow.Literal));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context) =>
        new(Complete(context, context.ResumeInput as IReadOnlyDictionary<string, object?>
            ?? throw new InvalidOperationException("a SubFlow is resumed only by its child's end")));

    private ActivityResult Complete(ActivityContext context, IReadOnlyDictionary<string, object?> completion)
    {
        var childId = completion.GetValueOrDefault("instance_id");
        switch (completion.GetValueOrDefault("status") as string)
        {
            case nameof(Models.WorkflowStatus.Finished):
                var variables = completion.GetValueOrDefault("variables") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
                foreach (var (parentVariable, childVariable) in Outputs.Literal)
                    context.SetVariable(parentVariable, variables.GetValueOrDefault(childVariable));
                Result.Set(context, variables);
                return ActivityResult.Done;
            case nameof(Models.WorkflowStatus.Cancelled):
                return ActivityResult.FromOutcome(CancelledOutcome);
            default:
                throw new InvalidOperationException($"flow '{Flow.Literal}' (instance {childId}) faulted: {completion.GetValueOrDefault("fault")}");
        }
    }
}
