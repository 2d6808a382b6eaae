using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Sets a workflow variable to a literal, a template or an expression.</summary>
[Activity("Data", "Set variable", "Stores a value in a flow variable.", CategoryZh = "数据", DisplayNameZh = "设置变量", DescriptionZh = "把一个值存入流程变量。", Icon = "edit")]
public sealed class SetVariable : Activity
{
    [Input(DisplayName = "Variable", DisplayNameZh = "变量", Required = true, Editor = InputEditor.Variable, SupportsExpressions = false)]
    public Input<string> Variable { get; set; } = new("");

    [Input(DisplayName = "Value", DisplayNameZh = "值", Description = "A literal, a template such as 'Hello {{ name }}', or an expression.", DescriptionZh = "字面值、模板（如 '您好 {{ name }}'）或表达式。")]
    public Input<object?> Value { get; set; } = new(null);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(Variable.Literal, Value.Get(context));
        return new(ActivityResult.Done);
    }
}
