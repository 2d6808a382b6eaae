using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>Options whose value a test changes, telling listeners as a reloaded configuration file would.</summary>
public sealed class ChangingOptions<T>(T value) : IOptionsMonitor<T>
{
    private readonly List<Action<T, string?>> _listeners = [];

    public T CurrentValue { get; private set; } = value;

    public T Get(string? name) => CurrentValue;

    public void Set(T value)
    {
        CurrentValue = value;
        foreach (var listener in _listeners.ToArray()) listener(value, Options.DefaultName);
    }

    public IDisposable OnChange(Action<T, string?> listener)
    {
        _listeners.Add(listener);
        return new Unsubscriber(() => _listeners.Remove(listener));
    }

    private sealed class Unsubscriber(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
