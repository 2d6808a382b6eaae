namespace CallCenter.Engine.Abstractions;

/// <summary>An activity that can start a flow when a condition occurs; publishing indexes its keys.</summary>
public interface ITriggerActivity
{
    /// <summary>The (type, key) pairs to index when this activity is the start of a published flow.</summary>
    IEnumerable<TriggerKey> GetTriggerKeys();
}
