using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Tests.Descriptors;

/// <summary>A custom activity written the way a module writes one: attributes, typed inputs, an output and outcomes.</summary>
[Activity("Customer", "Greeting", "Greets a customer by name.", CategoryZh = "客户", DisplayNameZh = "问候", DescriptionZh = "按姓名问候客户。", Icon = "waving_hand")]
[Outcomes("Known", "Unknown")]
public sealed class Greeting : Activity
{
    [Input(DisplayName = "Customer name", DisplayNameZh = "客户姓名", Description = "Who to greet.", DescriptionZh = "问候谁。")]
    public Input<string> CustomerName { get; set; } = new("");

    [Input(DisplayName = "Times", DisplayNameZh = "次数", Required = true)]
    public Input<int> Times { get; set; } = new(2);

    [Input(DisplayName = "Polite", DisplayNameZh = "礼貌")]
    public Input<bool> Polite { get; set; } = new(true);

    [Output(DisplayName = "Greeting text", DisplayNameZh = "问候语")]
    public Output<string> Text { get; set; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = CustomerName.Get(context);
        if (string.IsNullOrEmpty(name)) return new(ActivityResult.FromOutcome("Unknown"));
        var word = Polite.Get(context) ? "Dear" : "Hi";
        Text.Set(context, string.Join(" ", Enumerable.Repeat($"{word} {name}!", Times.Get(context))));
        return new(ActivityResult.FromOutcome("Known"));
    }
}
