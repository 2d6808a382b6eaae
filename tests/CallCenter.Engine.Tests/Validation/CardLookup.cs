using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Tests.Validation;

/// <summary>A test activity declaring that its Found outcome must be connected while NotFound may end the flow.</summary>
[Activity("Test", "Card lookup", "Finds a card.")]
[Outcomes("Found", "NotFound", Required = ["Found"])]
public sealed class CardLookup : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.FromOutcome("Found"));
}
