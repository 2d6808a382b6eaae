namespace CallCenter.Engine.Runtime;

/// <summary>Told after every saved run (start, resume, cancel): feeds live views and tests.</summary>
public interface IRunListener
{
    ValueTask OnRunSavedAsync(RunResult result, CancellationToken ct);
}
