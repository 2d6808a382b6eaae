namespace CallCenter.Activities.Calls;

/// <summary>A call activity ran without a live call (no call bound to the instance, or the flow already hung up): the activity faults.</summary>
public sealed class NoLiveCallException(string message) : InvalidOperationException(message);
