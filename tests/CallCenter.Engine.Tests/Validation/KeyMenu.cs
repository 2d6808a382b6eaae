using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>
/// Stands in for the call activities' Menu (which needs a call): one computed outcome per key, a fixed Timeout.
/// The key "pressed" is the flow's variable <c>key</c>.
/// </summary>
[Activity("Test", "Key menu", "One outcome per key, Timeout when none is pressed.")]
[Outcomes(TimeoutOutcome)]
public sealed class KeyMenu : Activity
{
    public const string TimeoutOutcome = "Timeout";

    [Input(Required = true, SupportsExpressions = false)]
    public Input<List<string>> Keys { get; set; } = new([]);

    public override IReadOnlyList<string>? GetDynamicOutcomes() => [.. Keys.Literal, TimeoutOutcome];

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        new(ActivityResult.FromOutcome(context.GetVariable("key") is string key && Keys.Literal.Contains(key) ? key : TimeoutOutcome));
}
