using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Activities;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>A test activity with one input per editor kind that no shipped activity uses yet (queue, skill, cron, date, JSON…).</summary>
[Activity("Test", "Editor sampler", "Every editor kind.", CategoryZh = "测试", DisplayNameZh = "编辑器样例", DescriptionZh = "每种编辑器。")]
public sealed class EditorSampler : Activity
{
    [Input(DisplayName = "Queue", DisplayNameZh = "队列", Editor = InputEditor.Queue)]
    public Input<string> Queue { get; set; } = new("");

    [Input(DisplayName = "Skill", DisplayNameZh = "技能", Editor = InputEditor.Skill)]
    public Input<string> Skill { get; set; } = new("");

    [Input(DisplayName = "Schedule", Editor = InputEditor.Cron, SupportsExpressions = false)]
    public Input<string> Schedule { get; set; } = new("");

    [Input(DisplayName = "At")]
    public Input<DateTimeOffset> At { get; set; } = new(default);

    [Input(DisplayName = "Numbers", SupportsExpressions = false)]
    public Input<List<int>> Numbers { get; set; } = new([]);

    [Input(DisplayName = "Amount")]
    public Input<decimal> Amount { get; set; } = new(0m);

    [Input(DisplayName = "Mode", SupportsExpressions = false)]
    public Input<JoinMode> Mode { get; set; } = new(JoinMode.WaitAll);

    [Input(DisplayName = "Target", Editor = InputEditor.Variable, SupportsExpressions = false)]
    public Input<string> Target { get; set; } = new("");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
}
